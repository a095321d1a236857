package org.goldenthread.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Financial periods (CYC-01, KPI-07): April to March, labelled and identified as councils write them. */
class FinancialPeriodTest {

    @ParameterizedTest(name = "CYC-01 {0} {1} is {3} ({4}), {5} to {6}")
    @CsvSource(delimiter = '|', textBlock = """
            QUARTERLY | 2025 | 2  | 2025/26 Q2      | 2025-26-Q2 | 2025-07-01 | 2025-09-30
            QUARTERLY | 2025 | 4  | 2025/26 Q4      | 2025-26-Q4 | 2026-01-01 | 2026-03-31
            BIMONTHLY | 2025 | 1  | 2025/26 Apr–May | 2025-26-B1 | 2025-04-01 | 2025-05-31
            BIMONTHLY | 2025 | 5  | 2025/26 Dec–Jan | 2025-26-B5 | 2025-12-01 | 2026-01-31
            BIMONTHLY | 2023 | 6  | 2023/24 Feb–Mar | 2023-24-B6 | 2024-02-01 | 2024-03-31
            MONTHLY   | 2025 | 4  | Jul 2025        | 2025-07    | 2025-07-01 | 2025-07-31
            MONTHLY   | 2025 | 12 | Mar 2026        | 2026-03    | 2026-03-01 | 2026-03-31
            ANNUAL    | 2025 | 1  | 2025/26         | 2025-26    | 2025-04-01 | 2026-03-31
            ANNUAL    | 1999 | 1  | 1999/00         | 1999-00    | 1999-04-01 | 2000-03-31
            """)
    void labelsIdsAndDates(Frequency frequency, int startYear, int number, String label, String id,
                           LocalDate start, LocalDate end) {
        FinancialPeriod period = FinancialPeriod.of(frequency, FinancialYear.startingIn(startYear), number);

        assertThat(period.label()).isEqualTo(label);
        assertThat(period.id()).isEqualTo(id);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(FinancialPeriod.parse(label)).isEqualTo(period);
        assertThat(FinancialPeriod.parse(id, frequency)).isEqualTo(period);
    }

    @ParameterizedTest(name = "CYC-01 reads ''{0}'' as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025/26 q2        | 2025/26 Q2
            '  2025-26-q2  '  | 2025/26 Q2
            2025/26 Apr-May   | 2025/26 Apr–May
            2025/26 apr – may | 2025/26 Apr–May
            2025-26-b3        | 2025/26 Aug–Sep
            jul 2025          | Jul 2025
            July 2025         | Jul 2025
            2025-07           | Jul 2025
            2025-26           | 2025/26
            2024/25           | 2024/25
            """)
    void readsLabelsAndIdsLeniently(String text, String label) {
        assertThat(FinancialPeriod.parse(text).label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "CYC-01 refuses ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            2025/26 Q5
            2025/27 Q2
            2025-26-Q0
            2025/26 May–Jun
            2025/26 Apr–Jun
            2025-13
            Jux 2025
            Q2 2025/26
            2025/26 Q99999999999
            2025-26-B99999999999
            Jan 1000
            ''
            """)
    void malformedPeriodsQuoteTheInputAndShowTheForms(String text) {
        String input = text == null ? "" : text;

        assertThatThrownBy(() -> FinancialPeriod.parse(input))
                .isInstanceOf(PeriodFormatException.class)
                .hasMessage("'" + input + "' is not a financial period: write a quarter as 2025/26 Q2 or 2025-26-Q2,"
                        + " two months as 2025/26 Apr–May or 2025-26-B1, a month as Jul 2025 or 2025-07,"
                        + " or a year as 2025/26 or 2025-26");
    }

    @Test
    void aPeriodOfTheWrongFrequencyShowsOnlyTheFormsOfThatFrequency() {
        assertThatThrownBy(() -> FinancialPeriod.parse("Jul 2025", Frequency.QUARTERLY))
                .isInstanceOf(PeriodFormatException.class)
                .hasMessage("'Jul 2025' is not a quarterly financial period: write a quarter as 2025/26 Q2 or"
                        + " 2025-26-Q2");
    }

    @Test
    void anIdThatIsBothAMonthAndAYearIsReadWithItsFrequency() {
        assertThatThrownBy(() -> FinancialPeriod.parse("2011-12"))
                .isInstanceOf(PeriodFormatException.class)
                .hasMessage("'2011-12' could be Dec 2011 or 2011/12: write the label instead, or give the KPI's"
                        + " frequency");
        assertThat(FinancialPeriod.parse("2011-12", Frequency.MONTHLY).label()).isEqualTo("Dec 2011");
        assertThat(FinancialPeriod.parse("2011-12", Frequency.ANNUAL).label()).isEqualTo("2011/12");
        assertThat(FinancialPeriod.parse("Dec 2011").label()).isEqualTo("Dec 2011");
    }

    @ParameterizedTest(name = "CYC-01 the previous period of {0} is {1}, and last year''s is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025/26 Q2      | 2025/26 Q1      | 2024/25 Q2
            2025/26 Q1      | 2024/25 Q4      | 2024/25 Q1
            Apr 2025        | Mar 2025        | Apr 2024
            Jan 2026        | Dec 2025        | Jan 2025
            2025/26 Apr–May | 2024/25 Feb–Mar | 2024/25 Apr–May
            2025/26         | 2024/25         | 2024/25
            """)
    void stepsBackToThePreviousPeriodAndToTheSamePeriodLastYear(String period, String previous, String lastYear) {
        FinancialPeriod p = FinancialPeriod.parse(period);

        assertThat(p.previous().label()).isEqualTo(previous);
        assertThat(p.sameLastYear().label()).isEqualTo(lastYear);
    }

    @ParameterizedTest(name = "CYC-01 {1} lies in the {0} period {2}")
    @CsvSource(delimiter = '|', textBlock = """
            QUARTERLY | 2025-03-31 | 2024/25 Q4
            QUARTERLY | 2025-04-01 | 2025/26 Q1
            QUARTERLY | 2025-09-30 | 2025/26 Q2
            BIMONTHLY | 2026-01-15 | 2025/26 Dec–Jan
            MONTHLY   | 2026-02-28 | Feb 2026
            ANNUAL    | 2026-03-31 | 2025/26
            """)
    void findsThePeriodContainingADate(Frequency frequency, LocalDate date, String label) {
        FinancialPeriod period = FinancialPeriod.containing(frequency, date);

        assertThat(period.label()).isEqualTo(label);
        assertThat(period.contains(date)).isTrue();
        assertThat(period.previous().contains(date)).isFalse();
    }

    @Test
    void theDueDateIsTheLagAfterThePeriodCloses() {
        FinancialPeriod q2 = FinancialPeriod.parse("2025/26 Q2");

        assertThat(q2.dueDate(java.time.Period.ZERO)).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(q2.dueDate(java.time.Period.ofDays(20))).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(q2.dueDate(java.time.Period.ofMonths(1))).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(FinancialPeriod.parse("2025/26 Q4").dueDate(java.time.Period.ofMonths(1)))
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(FinancialPeriod.parse("Feb 2026").dueDate(java.time.Period.ofMonths(1)))
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThatThrownBy(() -> q2.dueDate(java.time.Period.ofDays(-1)))
                .hasMessage("the submission lag cannot be negative, but is P-1D");
    }

    @Test
    void ordersPeriodsByWhenTheyStartThenShorterFirst() {
        List<FinancialPeriod> periods = new ArrayList<>(List.of(
                FinancialPeriod.parse("2025/26"), FinancialPeriod.parse("2025/26 Q2"),
                FinancialPeriod.parse("Apr 2025"), FinancialPeriod.parse("2024/25 Q4"),
                FinancialPeriod.parse("2025/26 Q1")));
        Collections.shuffle(periods);
        Collections.sort(periods);

        assertThat(periods).extracting(FinancialPeriod::label)
                .containsExactly("2024/25 Q4", "Apr 2025", "2025/26 Q1", "2025/26", "2025/26 Q2");
    }

    @Test
    void thereIsNoFifthQuarter() {
        assertThatThrownBy(() -> FinancialPeriod.of(Frequency.QUARTERLY, FinancialYear.startingIn(2025), 5))
                .hasMessage("a financial year has 4 quarterly periods, so there is no period 5");
    }
}
