package org.unionrights.security;

import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * What a signed-in user may see: the whole city, one county, a lawyer's own cases, or nothing.
 * It is made from the user in one place ({@link #of(PortalUser)}, kept on the {@link PortalUser})
 * and cannot be made anywhere else. Every list, count and lookup takes it; each module says what
 * it means for its own records with {@link #fold}, which names all four, so a scope can never
 * fall through to "everything" the way a {@code null} county did.
 */
public sealed interface Scope permits Scope.City, Scope.OfOne, Scope.Nothing {

	/**
	 * The scope of a user: city staff the whole city; a county officer their county (nothing
	 * without one); a lawyer the cases assigned to them; an administrator, and any account that may
	 * not sign in (disabled or locked), nothing.
	 */
	static Scope of(PortalUser user) {
		if (!user.isEnabled() || !user.isAccountNonLocked()) {
			return Nothing.INSTANCE;
		}
		return switch (user.getRole()) {
			case CITY_STAFF -> City.INSTANCE;
			case COUNTY_OFFICER -> user.getCountyId() == null ? Nothing.INSTANCE : new County(user.getCountyId());
			case LAWYER -> new OwnCases(user.getAccountId());
			case CITY_ADMIN -> Nothing.INSTANCE;
		};
	}

	/** What this scope means for some records: one answer for each of the four. */
	<T> T fold(Supplier<T> city, LongFunction<T> county, LongFunction<T> ownCases, Supplier<T> nothing);

	/** Whether this is the whole city (city staff see full numbers in exports, all counties in filters). */
	default boolean isWholeCity() {
		return fold(() -> true, countyId -> false, lawyerAccountId -> false, () -> false);
	}

	/**
	 * The one county this scope is limited to, for forms that put it in for the user (a county
	 * officer registers for their own county). Never a query's scope: use {@link #fold}.
	 */
	default OptionalLong onlyCounty() {
		return fold(OptionalLong::empty, OptionalLong::of, lawyerAccountId -> OptionalLong.empty(),
				OptionalLong::empty);
	}

	/** The whole city. */
	final class City implements Scope {

		static final City INSTANCE = new City();

		private City() {
		}

		@Override
		public <T> T fold(Supplier<T> city, LongFunction<T> county, LongFunction<T> ownCases, Supplier<T> nothing) {
			return city.get();
		}

		@Override
		public String toString() {
			return "city";
		}

	}

	/** A scope limited by one id (a county's, a lawyer's account's); equal when of one kind and id. */
	abstract sealed class OfOne implements Scope permits County, OwnCases {

		final long id;

		OfOne(long id) {
			this.id = id;
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass() && ((OfOne) other).id == id;
		}

		@Override
		public int hashCode() {
			return getClass().hashCode() * 31 + Long.hashCode(id);
		}

	}

	/** One county. */
	final class County extends OfOne {

		County(long countyId) {
			super(countyId);
		}

		@Override
		public <T> T fold(Supplier<T> city, LongFunction<T> county, LongFunction<T> ownCases, Supplier<T> nothing) {
			return county.apply(id);
		}

		@Override
		public String toString() {
			return "county " + id;
		}

	}

	/** The cases assigned to one lawyer (and the requests they came from). */
	final class OwnCases extends OfOne {

		OwnCases(long lawyerAccountId) {
			super(lawyerAccountId);
		}

		@Override
		public <T> T fold(Supplier<T> city, LongFunction<T> county, LongFunction<T> ownCases, Supplier<T> nothing) {
			return ownCases.apply(id);
		}

		@Override
		public String toString() {
			return "cases of account " + id;
		}

	}

	/** Nothing at all. */
	final class Nothing implements Scope {

		static final Nothing INSTANCE = new Nothing();

		private Nothing() {
		}

		@Override
		public <T> T fold(Supplier<T> city, LongFunction<T> county, LongFunction<T> ownCases, Supplier<T> nothing) {
			return nothing.get();
		}

		@Override
		public String toString() {
			return "nothing";
		}

	}

}
