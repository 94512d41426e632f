package org.imvo.platform.covenant;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The term of a covenant: from its first to its last day, both included, three to five years long
 * (SER advice 2014: covenants run for three to five years). A term from 1 July 2026 to 30 June 2031
 * is exactly five years.
 */
public record Term(LocalDate start, LocalDate end) {

	public static final int MIN_YEARS = 3;

	public static final int MAX_YEARS = 5;

	/** What can be wrong with a term. */
	public enum Problem {

		MISSING("A term needs a start and an end date."), END_NOT_AFTER_START("The term must end after it starts."),
		TOO_SHORT("A covenant runs for at least " + MIN_YEARS + " years."),
		TOO_LONG("A covenant runs for at most " + MAX_YEARS + " years.");

		private final String message;

		Problem(String message) {
			this.message = message;
		}

		public String message() {
			return message;
		}

	}

	public Term {
		problem(start, end).ifPresent(p -> {
			throw new IllegalArgumentException(p.message());
		});
	}

	/** What is wrong with a term from {@code start} to {@code end}, or empty if it is valid. */
	public static Optional<Problem> problem(LocalDate start, LocalDate end) {
		if (start == null || end == null) {
			return Optional.of(Problem.MISSING);
		}
		if (!end.isAfter(start)) {
			return Optional.of(Problem.END_NOT_AFTER_START);
		}
		if (end.isBefore(start.plusYears(MIN_YEARS).minusDays(1))) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (end.isAfter(start.plusYears(MAX_YEARS).minusDays(1))) {
			return Optional.of(Problem.TOO_LONG);
		}
		return Optional.empty();
	}

	/** Days in the term, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(start, end) + 1;
	}

	/** How much of the term has passed on {@code today}, from 0 (not started) to 100 (over). */
	public int percentElapsed(LocalDate today) {
		if (today.isBefore(start)) {
			return 0;
		}
		if (today.isAfter(end)) {
			return 100;
		}
		return (int) (ChronoUnit.DAYS.between(start, today) * 100 / days());
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(start) && !day.isAfter(end);
	}

}
