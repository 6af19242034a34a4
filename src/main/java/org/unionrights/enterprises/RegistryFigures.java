package org.unionrights.enterprises;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.deadlines.ClockEvent;
import org.unionrights.deadlines.ClockRule;
import org.unionrights.deadlines.OfficialCalendar;
import org.unionrights.security.PortalUser;
import org.unionrights.security.Scope;
import org.unionrights.security.StaffOnly;

/**
 * The registries' figures, per county and for the city, each counted in one aggregate query
 * within the user's scope: enterprises, with a union and with each committee; contracts in force
 * by kind; the enterprises and workers they cover (an enterprise covered by two contracts counts
 * once); "1+3" groups, members that founded a union, opinions collected and answered. The monthly
 * report takes these numbers. And the year's offer campaign (要约行动).
 */
@Service
@Transactional(readOnly = true)
@StaffOnly
public class RegistryFigures {

	/** One county's figures (or the total, county 0). */
	public record CountyFigures(long countyId, long enterprises, long withUnion, long withSupervision,
			long withMediation, Map<ContractKind, Long> contractsInForce, long enterprisesCovered, long workersCovered,
			long groups, long membersFounded, long opinions, long opinionsAnswered) {

		public long contractsInForceTotal() {
			return contractsInForce.values().stream().mapToLong(Long::longValue).sum();
		}

		CountyFigures plus(CountyFigures other) {
			Map<ContractKind, Long> kinds = new EnumMap<>(ContractKind.class);
			for (ContractKind kind : ContractKind.values()) {
				kinds.put(kind, contractsInForce.get(kind) + other.contractsInForce.get(kind));
			}
			return new CountyFigures(0, enterprises + other.enterprises, withUnion + other.withUnion,
					withSupervision + other.withSupervision, withMediation + other.withMediation, kinds,
					enterprisesCovered + other.enterprisesCovered, workersCovered + other.workersCovered,
					groups + other.groups, membersFounded + other.membersFounded, opinions + other.opinions,
					opinionsAnswered + other.opinionsAnswered);
		}

	}

	/** The figures of every county in the scope, and their total. */
	public record Figures(List<CountyFigures> counties, CountyFigures total) {
	}

	/** One county's offer campaign of a year: offers sent, answered, overdue (unanswered past 20 days), signed. */
	public record CampaignRow(long countyId, long offers, long answered, long overdue, long signed) {

		CampaignRow plus(CampaignRow other) {
			return new CampaignRow(0, offers + other.offers, answered + other.answered, overdue + other.overdue,
					signed + other.signed);
		}

	}

	public record Campaign(int year, List<CampaignRow> counties, CampaignRow total) {
	}

	/** A contract in force: it took effect and its term has not ended (its expiry may not be recorded yet). */
	private static final String IN_FORCE = "c.stage = 'EFFECTIVE' and c.effective_on + make_interval(years => c.term_years) > :today";

	private final JdbcClient jdbc;

	private final OfficialCalendar calendar;

	private final java.time.Clock clock;

	RegistryFigures(JdbcClient jdbc, OfficialCalendar calendar, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	public Figures figures(PortalUser user) {
		String scope = condition(user.scope());
		long parameter = parameter(user.scope());
		Map<Long, long[]> rows = new TreeMap<>();
		java.util.function.Function<Long, long[]> row = county -> rows.computeIfAbsent(county, c -> new long[15]);
		jdbc.sql("""
				select e.county_id, count(*) as n, count(e.union_founded_on) as unions,
				       count(*) filter (where e.supervision_committee) as supervision,
				       count(*) filter (where e.mediation_committee) as mediation
				  from enterprise e where %s group by e.county_id""".formatted(scope.formatted("e")))
			.param("scope", parameter)
			.query(rs -> {
				long[] r = row.apply(rs.getLong(1));
				r[0] = rs.getLong(2);
				r[1] = rs.getLong(3);
				r[2] = rs.getLong(4);
				r[3] = rs.getLong(5);
			});
		jdbc.sql("""
				select c.county_id, c.kind, count(*) from collective_contract c
				 where %s and %s group by c.county_id, c.kind""".formatted(IN_FORCE, scope.formatted("c")))
			.param("scope", parameter)
			.param("today", today())
			.query(rs -> {
				row.apply(rs.getLong(1))[4 + ContractKind.valueOf(rs.getString(2)).ordinal()] = rs.getLong(3);
			});
		jdbc.sql("""
				select e.county_id, count(*), coalesce(sum(e.employees), 0) from enterprise e
				 where %s and exists (select 1 from contract_enterprise ce join collective_contract c on c.id = ce.contract_id
				                       where ce.enterprise_id = e.id and %s)
				 group by e.county_id""".formatted(scope.formatted("e"), IN_FORCE))
			.param("scope", parameter)
			.param("today", today())
			.query(rs -> {
				long[] r = row.apply(rs.getLong(1));
				r[8] = rs.getLong(2);
				r[9] = rs.getLong(3);
			});
		jdbc.sql("""
				select g.county_id, count(*) filter (where g.dissolved_on is null),
				       (select count(*) from enterprise_group_member m join enterprise e on e.id = m.enterprise_id
				         join enterprise_group h on h.id = m.group_id
				         where h.county_id = g.county_id and e.union_founded_on >= m.joined_on),
				       (select count(*) from group_opinion o join enterprise_group h on h.id = o.group_id where h.county_id = g.county_id),
				       (select count(o.answered_on) from group_opinion o join enterprise_group h on h.id = o.group_id
				         where h.county_id = g.county_id)
				  from enterprise_group g where %s group by g.county_id""".formatted(scope.formatted("g")))
			.param("scope", parameter)
			.query(rs -> {
				long[] r = row.apply(rs.getLong(1));
				r[10] = rs.getLong(2);
				r[11] = rs.getLong(3);
				r[12] = rs.getLong(4);
				r[13] = rs.getLong(5);
			});
		List<CountyFigures> counties = new ArrayList<>();
		rows.forEach((county, r) -> {
			Map<ContractKind, Long> kinds = new EnumMap<>(ContractKind.class);
			for (ContractKind kind : ContractKind.values()) {
				kinds.put(kind, r[4 + kind.ordinal()]);
			}
			counties.add(new CountyFigures(county, r[0], r[1], r[2], r[3], kinds, r[8], r[9], r[10], r[11], r[12], r[13]));
		});
		Map<ContractKind, Long> none = new EnumMap<>(ContractKind.class);
		for (ContractKind kind : ContractKind.values()) {
			none.put(kind, 0L);
		}
		CountyFigures total = counties.stream()
			.reduce(new CountyFigures(0, 0, 0, 0, 0, none, 0, 0, 0, 0, 0, 0), CountyFigures::plus);
		return new Figures(counties, total);
	}

	/** The offer campaign of a year: the offers made in it and how they stand. */
	public Campaign campaign(PortalUser user, int year) {
		Map<Long, CampaignRow> rows = new TreeMap<>();
		jdbc.sql("""
				select c.county_id, c.offered_on, c.negotiated_on, c.signed_on from collective_contract c
				 where c.offered_on between :from and :to and %s""".formatted(condition(user.scope()).formatted("c")))
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.param("scope", parameter(user.scope()))
			.query(rs -> {
				LocalDate offered = rs.getObject(2, LocalDate.class);
				LocalDate answered = rs.getObject(3, LocalDate.class);
				List<ClockEvent> events = new ArrayList<>(List.of(new ClockEvent(offered, ClockEvent.Kind.STARTED)));
				if (answered != null) {
					events.add(new ClockEvent(answered, ClockEvent.Kind.MET));
				}
				boolean overdue = calendar.read(ClockRule.BARGAINING_ANSWER, events).isOverdue();
				CampaignRow one = new CampaignRow(rs.getLong(1), 1, answered == null ? 0 : 1, overdue ? 1 : 0,
						rs.getObject(4, LocalDate.class) == null ? 0 : 1);
				rows.merge(one.countyId(), one, (a, b) -> new CampaignRow(a.countyId(), a.offers() + b.offers(),
						a.answered() + b.answered(), a.overdue() + b.overdue(), a.signed() + b.signed()));
			});
		List<CampaignRow> counties = List.copyOf(rows.values());
		return new Campaign(year, counties, counties.stream().reduce(new CampaignRow(0, 0, 0, 0, 0), CampaignRow::plus));
	}

	/** The scope as a condition on a table alias ({@code %s}) and its one parameter, {@code :scope}. */
	private static String condition(Scope scope) {
		return scope.fold(() -> "true", county -> "%s.county_id = :scope", lawyer -> "false", () -> "false");
	}

	private static long parameter(Scope scope) {
		return scope.fold(() -> 0L, county -> county, lawyer -> 0L, () -> 0L);
	}

}
