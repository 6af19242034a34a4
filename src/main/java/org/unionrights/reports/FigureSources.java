package org.unionrights.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionrights.common.figures.MonthlyFigures;

/**
 * Every module's monthly figures, by source ({@code module.FIGURE}), the one door through which
 * reports reads what other modules count. At start it keeps the database's month zone
 * ({@code portal_zone}, which the roll-up triggers use) equal to the portal's and has the modules
 * count their roll-ups again when it changed.
 */
@Component
class FigureSources implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FigureSources.class);

	/** A figure of a county in a month. */
	record Key(long countyId, YearMonth month, String source) {
	}

	private final List<MonthlyFigures> modules;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FigureSources(List<MonthlyFigures> modules, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.modules = modules;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Every source an indicator may be computed from, in the modules' order. */
	List<String> sources() {
		return modules.stream().flatMap(module -> module.figures().stream().map(f -> module.module() + "." + f)).toList();
	}

	boolean exists(String source) {
		return sources().contains(source);
	}

	/** Every figure of the counties in the months from..to (both included); a figure not there is zero. */
	Map<Key, BigDecimal> read(Collection<Long> counties, YearMonth from, YearMonth to) {
		Map<Key, BigDecimal> figures = new HashMap<>();
		for (MonthlyFigures module : modules) {
			for (MonthlyFigures.MonthFigure figure : module.read(counties, from, to)) {
				figures.merge(new Key(figure.countyId(), figure.month(), module.module() + "." + figure.figure()),
						figure.value(), BigDecimal::add);
			}
		}
		return figures;
	}

	/** The records behind a source's figure of a county's month; empty for an unknown source. */
	Optional<Page<MonthlyFigures.FigureRecord>> records(String source, long countyId, YearMonth month, Pageable pageable) {
		int dot = source.indexOf('.');
		return modules.stream()
			.filter(module -> dot > 0 && module.module().equals(source.substring(0, dot))
					&& module.figures().contains(source.substring(dot + 1)))
			.findFirst()
			.map(module -> module.records(countyId, month, source.substring(dot + 1), pageable));
	}

	@Override
	public void run(ApplicationArguments args) {
		String zone = clock.getZone().getId();
		transactions.executeWithoutResult(status -> {
			int changed = jdbc.sql("update portal_zone set zone = :zone where zone <> :zone").param("zone", zone).update();
			if (changed > 0) {
				log.info("The portal's time zone is now {}: the monthly roll-ups are counted again", zone);
				modules.forEach(MonthlyFigures::rebuild);
			}
		});
	}

}
