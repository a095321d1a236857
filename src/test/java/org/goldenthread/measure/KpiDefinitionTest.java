package org.goldenthread.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The KPI definition (KPI-01 to KPI-33): validated on construction, every broken rule naming its field. */
class KpiDefinitionTest {

    @Test
    void holdsEveryFieldOfTheDataModel() {
        KpiDefinition kpi = KpiDefinition.builder()
                .key("WST-01").title("Household waste recycled").definition("Share of household waste recycled")
                .rationale("Council plan priority: a cleaner borough").calculation("Recycled tonnes / total tonnes")
                .dataSource("WasteDataFlow").unit(Unit.PERCENT).decimals(1).polarity(Polarity.HIGHER_IS_BETTER)
                .frequency(Frequency.QUARTERLY).level(ReportingLevel.STRATEGIC).directorate("Place")
                .service("Waste and recycling").priority("A cleaner, greener borough")
                .corporateHealth(CorporateHealthCategory.RESIDENTS).isPublic(true).control(Control.INFLUENCED)
                .tolerance(Tolerance.relative(BigDecimal.TEN))
                .plausibleRange(PlausibleRange.between(BigDecimal.ZERO, BigDecimal.valueOf(100)))
                .benchmarkIndicator("LGI-45").lifecycle(LifecycleState.AGREED).definitionVersion(2)
                .owner("head.of.waste").updaters(List.of("waste.officer", "waste.analyst")).approver("director.place")
                .build();

        assertThat(kpi.key()).isEqualTo("WST-01");
        assertThat(kpi.title()).isEqualTo("Household waste recycled");
        assertThat(kpi.definition()).isEqualTo("Share of household waste recycled");
        assertThat(kpi.rationale()).isEqualTo("Council plan priority: a cleaner borough");
        assertThat(kpi.calculation()).isEqualTo("Recycled tonnes / total tonnes");
        assertThat(kpi.dataSource()).isEqualTo("WasteDataFlow");
        assertThat(kpi.unit()).isEqualTo(Unit.PERCENT);
        assertThat(kpi.decimals()).isEqualTo(1);
        assertThat(kpi.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(kpi.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(kpi.level()).isEqualTo(ReportingLevel.STRATEGIC);
        assertThat(kpi.directorate()).isEqualTo("Place");
        assertThat(kpi.service()).isEqualTo("Waste and recycling");
        assertThat(kpi.priority()).isEqualTo("A cleaner, greener borough");
        assertThat(kpi.corporateHealth()).contains(CorporateHealthCategory.RESIDENTS);
        assertThat(kpi.isPublic()).isTrue();
        assertThat(kpi.control()).isEqualTo(Control.INFLUENCED);
        assertThat(kpi.compliance()).isFalse();
        assertThat(kpi.tolerance()).contains(Tolerance.relative(BigDecimal.TEN));
        assertThat(kpi.plausibleRange().contains(BigDecimal.valueOf(101))).isFalse();
        assertThat(kpi.plausibleRange().contains(BigDecimal.valueOf(100))).isTrue();
        assertThat(kpi.benchmarkIndicator()).contains("LGI-45");
        assertThat(kpi.lifecycle()).isEqualTo(LifecycleState.AGREED);
        assertThat(kpi.definitionVersion()).isEqualTo(2);
        assertThat(kpi.owner()).isEqualTo("head.of.waste");
        assertThat(kpi.updaters()).containsExactly("waste.officer", "waste.analyst");
        assertThat(kpi.approver()).contains("director.place");
        assertThat(kpi.toBuilder().build()).isEqualTo(kpi);
    }

    @Test
    void kpi13UpdatersDefaultToTheOwnerAndTheOtherFieldsToCouncilNorms() {
        KpiDefinition kpi = SampleKpis.kpi(Unit.DAYS, Polarity.LOWER_IS_BETTER).build();

        assertThat(kpi.updaters()).containsExactly("jsmith");
        assertThat(kpi.approver()).isEmpty();
        assertThat(kpi.decimals()).isEqualTo(Unit.DAYS.defaultDecimals());
        assertThat(kpi.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(kpi.control()).isEqualTo(Control.CONTROLLED);
        assertThat(kpi.tolerance()).as("inherits the council default").isEmpty();
        assertThat(kpi.isPublic()).isFalse();
        assertThat(kpi.lifecycle()).isEqualTo(LifecycleState.ACTIVE);
        assertThat(kpi.definitionVersion()).isEqualTo(1);
    }

    @Test
    void labelsAreOneWordEachAsJirasAreAndRepeatsCountOnce() {
        KpiDefinition kpi = SampleKpis.kpi(Unit.DAYS, Polarity.LOWER_IS_BETTER)
                .labels(List.of("council-plan", " single_data.list ", "council-plan")).build();

        assertThat(kpi.labels()).containsExactly("council-plan", "single_data.list");
        assertThat(kpi.toBuilder().build()).isEqualTo(kpi);
        assertThat(kpi.toBuilder().labels(List.of()).build()).isNotEqualTo(kpi);
        assertThatThrownBy(() -> SampleKpis.kpi(Unit.DAYS, Polarity.LOWER_IS_BETTER)
                .labels(List.of("council plan")).build())
                .isInstanceOf(InvalidFieldsException.class)
                .hasMessageContaining("labels must each be one word of up to 50 letters, digits, hyphens, "
                        + "underscores or dots, but 'council plan' is not");
    }

    @Test
    void aMissingRequiredFieldIsNamedAndAllAreReportedTogether() {
        assertThatThrownBy(() -> KpiDefinition.builder().build())
                .isInstanceOf(InvalidFieldsException.class)
                .hasMessage("KPI definition: key is required; title is required; unit is required; polarity is required;"
                        + " directorate is required; owner is required")
                .extracting(error -> ((InvalidFieldsException) error).problems())
                .asList().extracting("field")
                .containsExactly("key", "title", "unit", "polarity", "directorate", "owner");
    }

    @ParameterizedTest(name = "KPI-01 a definition without its {0} (''{1}'') names the field")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            key      | null | KPI definition: key is required
            key      | '  ' | KPI definition: key is required
            title    | null | KPI definition TST-01: title is required
            title    | '  ' | KPI definition TST-01: title is required
            unit     | null | KPI definition TST-01: unit is required
            polarity | null | KPI definition TST-01: polarity is required
            owner    | null | KPI definition TST-01: owner is required
            owner    | '  ' | KPI definition TST-01: owner is required
            """)
    void eachRequiredFieldMissingAloneIsNamed(String field, String blank, String message) {
        KpiDefinition.Builder kpi = SampleKpis.kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER);
        switch (field) {
            case "key" -> kpi.key(blank);
            case "title" -> kpi.title(blank);
            case "unit" -> kpi.unit(null);
            case "polarity" -> kpi.polarity(null);
            case "owner" -> kpi.owner(blank);
            default -> throw new IllegalArgumentException(field);
        }

        assertThatThrownBy(kpi::build)
                .isInstanceOf(InvalidFieldsException.class)
                .hasMessage(message)
                .extracting(error -> ((InvalidFieldsException) error).problems())
                .asList().extracting("field").containsExactly(field);
    }

    @ParameterizedTest(name = "KPI-01 refuses the key ''{0}''")
    @ValueSource(strings = {"wst-01", "01-WST", "WST--01", "WST 01", "WST-", "ABCDEFGHIJKLMNOPQRSTUVWXYZ-1234567"})
    void aKeyMustBeAReference(String key) {
        assertThatThrownBy(() -> SampleKpis.kpi(Unit.NUMBER, Polarity.HIGHER_IS_BETTER).key(key).build())
                .isInstanceOf(InvalidFieldsException.class)
                .hasMessageStartingWith("KPI definition " + key + ": key must be capital letters, digits and single "
                        + "hyphens, starting with a letter and at most 32 characters (e.g. WST-01), but is '" + key + "'");
    }

    @Test
    void rag03AComplianceKpiHasNoTolerance() {
        assertThatThrownBy(() -> SampleKpis.kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).compliance(true)
                .tolerance(Tolerance.relative(BigDecimal.TEN)).build())
                .hasMessage("KPI definition TST-01: tolerance must be none for a compliance KPI, which is met or not met"
                        + " (RAG-03), but is 10% of target");
        assertThat(SampleKpis.kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).compliance(true)
                .tolerance(Tolerance.NONE).build().compliance()).isTrue();
    }

    @Test
    void kpi06OnlyABandKpiHasADefaultBand() {
        Band band = new Band(BigDecimal.valueOf(85), BigDecimal.valueOf(92));

        assertThat(SampleKpis.kpi(Unit.PERCENT, Polarity.WITHIN_BAND).defaultBand(band).build().defaultBand())
                .contains(band);
        assertThatThrownBy(() -> SampleKpis.kpi(Unit.PERCENT, Polarity.LOWER_IS_BETTER).defaultBand(band).build())
                .hasMessage("KPI definition TST-01: defaultBand is only for a KPI whose polarity is WITHIN_BAND, but "
                        + "polarity is LOWER_IS_BETTER");
    }

    @Test
    void decimalsTitleAndVersionHaveLimits() {
        assertThatThrownBy(() -> SampleKpis.kpi(Unit.NUMBER, Polarity.HIGHER_IS_BETTER).decimals(7)
                .title("x".repeat(256)).definitionVersion(0).updaters(List.of(" ")).build())
                .hasMessage("KPI definition TST-01: title must be at most 255 characters, but has 256; decimals must be"
                        + " from 0 to 6, but is 7; definitionVersion must be 1 or more, but is 0; updaters must not "
                        + "contain a blank user");
    }

    @Test
    void rangesAndTolerancesRefuseNonsense() {
        assertThatThrownBy(() -> Tolerance.relative(BigDecimal.valueOf(150)))
                .hasMessage("Invalid tolerance: tolerance must be between 0% and 100% of target, but is 150%");
        assertThatThrownBy(() -> Tolerance.absolute(BigDecimal.valueOf(-1)))
                .hasMessage("Invalid tolerance: tolerance cannot be negative, but is -1");
        assertThatThrownBy(() -> PlausibleRange.between(BigDecimal.TEN, BigDecimal.ONE))
                .hasMessage("Invalid plausible range: min must not exceed max, but 10 is above 1");
        assertThatThrownBy(() -> new Band(BigDecimal.TEN, BigDecimal.ONE))
                .hasMessage("Invalid target band: band must have its lower limit at or below its upper limit, but runs "
                        + "from 10 to 1");
    }
}
