package org.goldenthread.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** CYC-01 properties that hold for every financial period. */
class FinancialPeriodPropertiesTest {

    @Property
    void readingAPrintedLabelGivesTheSamePeriodBack(@ForAll("periods") FinancialPeriod period) {
        assertThat(FinancialPeriod.parse(period.label())).isEqualTo(period);
    }

    @Property
    void readingAPrintedIdWithItsFrequencyGivesTheSamePeriodBack(@ForAll("periods") FinancialPeriod period) {
        assertThat(FinancialPeriod.parse(period.id(), period.frequency())).isEqualTo(period);
    }

    @Property
    void periodsTileTheYearWithoutGapsOrOverlaps(@ForAll("periods") FinancialPeriod period) {
        assertThat(period.previous().end().plusDays(1)).isEqualTo(period.start());
        assertThat(period.previous()).isLessThan(period);
        assertThat(FinancialPeriod.containing(period.frequency(), period.start())).isEqualTo(period);
        assertThat(FinancialPeriod.containing(period.frequency(), period.end())).isEqualTo(period);
    }

    @Property
    void theSamePeriodLastYearIsTwelveMonthsEarlier(@ForAll("periods") FinancialPeriod period) {
        assertThat(period.sameLastYear().start()).isEqualTo(period.start().minusYears(1));
    }

    @Property
    void everyDateLiesInExactlyOnePeriodOfEachFrequency(@ForAll("dates") LocalDate date,
                                                       @ForAll Frequency frequency) {
        FinancialPeriod period = FinancialPeriod.containing(frequency, date);

        assertThat(period.contains(date)).isTrue();
        assertThat(period.previous().contains(date)).isFalse();
    }

    @Provide
    Arbitrary<FinancialPeriod> periods() {
        Arbitrary<Frequency> frequencies = Arbitraries.of(Frequency.class);
        Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2099);
        return Combinators.combine(frequencies, years, Arbitraries.integers().between(1, 12))
                .as((frequency, year, n) -> FinancialPeriod.of(frequency, FinancialYear.startingIn(year),
                        (n - 1) % frequency.periodsPerYear() + 1));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 100).map(d -> LocalDate.of(1990, 4, 1).plusDays(d));
    }
}
