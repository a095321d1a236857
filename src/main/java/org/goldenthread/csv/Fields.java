package org.goldenthread.csv;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.PeriodFormatException;
import org.goldenthread.measure.ShortText;

/** Reads one row's fields into typed values, adding a problem that names the column for each that does not read. */
final class Fields {
    /** What a short text column holds at most, as the database keeps it. */
    static final int SHORT_TEXT = ShortText.MAX;
    /** Digits a figure may have, before or after the point: far more than any council figure needs. */
    static final int MAX_DIGITS = 40;
    /** Columns of free text, kept at any length. */
    private static final Set<String> LONG_TEXT = Set.of("definition", "rationale", "calculation", "commentary",
            "updaters", "reason");

    private final CsvRow row;
    private final List<CsvProblem> problems;
    private final Set<String> reported = new HashSet<>();

    Fields(CsvRow row, List<CsvProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    Optional<String> text(String column) {
        Optional<String> value = row.get(column);
        if (value.isPresent() && value.get().length() > SHORT_TEXT && !LONG_TEXT.contains(column)
                && reported.add(column)) {
            problem(column, value.get().substring(0, 20) + "…", "must be at most " + SHORT_TEXT + " characters, but has "
                    + value.get().length());
        }
        return value;
    }

    String required(String column) {
        Optional<String> value = text(column);
        if (value.isEmpty()) {
            problem(column, "", "is required");
        }
        return value.orElse(null);
    }

    /** Case-insensitive, and spaces or hyphens stand for underscores: "higher is better" is HIGHER_IS_BETTER. */
    <E extends Enum<E>> Optional<E> choice(String column, Class<E> type) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String name = value.get().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        problem(column, value.get(), "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
        return Optional.empty();
    }

    Optional<BigDecimal> decimal(String column) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(value.get());
            if (number.precision() > MAX_DIGITS || number.scale() > MAX_DIGITS || number.scale() < -MAX_DIGITS) {
                problem(column, value.get(), "must have at most " + MAX_DIGITS + " digits");
                return Optional.empty();
            }
            // 1E+3 is read as 1000, so that a figure compares equal however a spreadsheet wrote it
            return Optional.of(number.scale() < 0 ? number.setScale(0) : number);
        } catch (NumberFormatException e) {
            problem(column, value.get(), "must be a number written with digits and a decimal point, e.g. 61.2");
            return Optional.empty();
        }
    }

    Optional<Integer> whole(String column, int min, int max) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, value.get(), "must be a whole number from " + min + " to " + max);
        return Optional.empty();
    }

    Optional<Boolean> bool(String column) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().equalsIgnoreCase("true") || value.get().equalsIgnoreCase("false")) {
            return Optional.of(Boolean.parseBoolean(value.get().toLowerCase(Locale.ROOT)));
        }
        problem(column, value.get(), "must be true or false");
        return Optional.empty();
    }

    /** A period in label or id form; the frequency, when known, settles ids such as 2011-12. */
    Optional<FinancialPeriod> period(String column, Optional<Frequency> frequency) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(frequency.map(f -> FinancialPeriod.parse(value.get(), f))
                    .orElseGet(() -> FinancialPeriod.parse(value.get())));
        } catch (PeriodFormatException e) {
            problem(column, value.get(), e.getMessage().substring(("'" + e.input() + "' ").length()));
            return Optional.empty();
        }
    }

    /** A number that must be given. */
    Optional<BigDecimal> requiredDecimal(String column) {
        return present(column) ? decimal(column) : Optional.empty();
    }

    /** A period that must be given. */
    Optional<FinancialPeriod> requiredPeriod(String column, Optional<Frequency> frequency) {
        return present(column) ? period(column, frequency) : Optional.empty();
    }

    private boolean present(String column) {
        return required(column) != null;
    }

    /** True if this row already has a problem in the column. */
    boolean hasProblem(String column) {
        return problems.stream().anyMatch(problem -> problem.row() == row.number() && problem.column().equals(column));
    }

    void problem(String column, String value, String rule) {
        problems.add(new CsvProblem(row.number(), column, value, rule));
    }
}
