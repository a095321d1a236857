package org.goldenthread.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.Series;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.Unit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Point types, limits and icons equal those of NHSRplotthedots 0.2.2 with its default options, for 380 series of 1 to
 * 40 points (noise, trends, steps, ties, spikes, flat lines, drifts, and mirror images of the series ending in a
 * special cause), each direction of improvement and none, with and without a target, outlier screening on and off,
 * and up to two rebases. The expected values, icons included, were produced by running the package itself on these
 * series. The icons are compared where the latest partition has 12 points or more; below that they are withheld.
 */
class NhsrPlotTheDotsReferenceTest {
    private static final String FIXTURE = "/spc/nhsrplotthedots-0.2.2-reference.json";
    private static final Map<String, Optional<SpecialCause>> RULES = Map.of(
            "C", Optional.empty(),
            "AU", Optional.of(new SpecialCause(SpcRule.BEYOND_LIMIT, Side.HIGH)),
            "BL", Optional.of(new SpecialCause(SpcRule.BEYOND_LIMIT, Side.LOW)),
            "TI", Optional.of(new SpecialCause(SpcRule.TREND, Side.HIGH)),
            "TD", Optional.of(new SpecialCause(SpcRule.TREND, Side.LOW)),
            "2A", Optional.of(new SpecialCause(SpcRule.TWO_OF_THREE, Side.HIGH)),
            "2B", Optional.of(new SpecialCause(SpcRule.TWO_OF_THREE, Side.LOW)),
            "7A", Optional.of(new SpecialCause(SpcRule.SHIFT, Side.HIGH)),
            "7B", Optional.of(new SpecialCause(SpcRule.SHIFT, Side.LOW)));
    private static final Map<String, PointType> POINT_TYPES = Map.of(
            "c", PointType.COMMON_CAUSE, "i", PointType.SPECIAL_CAUSE_IMPROVEMENT,
            "x", PointType.SPECIAL_CAUSE_CONCERN, "nh", PointType.SPECIAL_CAUSE_NEITHER_HIGH,
            "nl", PointType.SPECIAL_CAUSE_NEITHER_LOW);
    private static final Map<String, VariationIcon> VARIATION = Map.of(
            "common_cause", VariationIcon.COMMON_CAUSE, "improvement_high", VariationIcon.IMPROVEMENT_HIGH,
            "improvement_low", VariationIcon.IMPROVEMENT_LOW, "concern_high", VariationIcon.CONCERN_HIGH,
            "concern_low", VariationIcon.CONCERN_LOW, "neutral_high", VariationIcon.NEITHER_HIGH,
            "neutral_low", VariationIcon.NEITHER_LOW);
    private static final Map<String, AssuranceIcon> ASSURANCE = Map.of(
            "consistent_pass", AssuranceIcon.CONSISTENT_PASS, "consistent_fail", AssuranceIcon.CONSISTENT_FAIL,
            "inconsistent", AssuranceIcon.HIT_AND_MISS);

    @TestFactory
    Stream<DynamicTest> matchesTheReferenceImplementation() throws Exception {
        JsonArray cases;
        try (Reader reader = new InputStreamReader(getClass().getResourceAsStream(FIXTURE), StandardCharsets.UTF_8)) {
            cases = JsonParser.parseReader(reader).getAsJsonArray();
        }
        assertThat(cases).hasSize(380);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement element : cases) {
            JsonObject reference = element.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(reference.get("name").getAsString(), () -> check(reference)));
        }
        return tests.stream();
    }

    private static void check(JsonObject reference) {
        String direction = reference.get("direction").getAsString();
        Polarity polarity = switch (direction) {
            case "increase" -> Polarity.HIGHER_IS_BETTER;
            case "decrease" -> Polarity.LOWER_IS_BETTER;
            default -> Polarity.WITHIN_BAND;
        };
        KpiDefinition kpi = SampleKpis.kpi(Unit.NUMBER, polarity).frequency(Frequency.MONTHLY).build();
        List<Measurement> measurements = new ArrayList<>();
        JsonArray values = reference.getAsJsonArray("values");
        for (int i = 0; i < values.size(); i++) {
            measurements.add(Measurement.confirmed(month(i), values.get(i).getAsBigDecimal()));
        }
        List<Rebase> rebases = new ArrayList<>();
        reference.getAsJsonArray("rebaseAt").forEach(at -> rebases.add(new Rebase(month(at.getAsInt()), "rebase")));
        Optional<Target> target = reference.get("target").isJsonNull() ? Optional.empty()
                : Optional.of(Target.of(reference.get("target").getAsBigDecimal()));
        SpcOptions options = SpcOptions.STANDARD.withScreenOutliers(reference.get("screenOutliers").getAsBoolean());

        SpcResult result = new SpcEngine(options).chart(kpi, Series.of(measurements), target, rebases, List.of());

        JsonArray partitions = reference.getAsJsonArray("partitions");
        assertThat(result.partitions()).hasSize(partitions.size());
        for (int p = 0; p < partitions.size(); p++) {
            JsonObject expected = partitions.get(p).getAsJsonObject();
            Partition actual = result.partitions().get(p);
            assertThat(actual.start()).as("partition start").isEqualTo(month(expected.get("from").getAsInt()));
            assertThat(actual.mean().getAsDouble()).as("mean").isCloseTo(expected.get("mean").getAsDouble(), near(actual.mean().getAsDouble()));
            if (expected.get("upl").isJsonNull()) {
                assertThat(actual.limits()).as("limits").isEmpty();
            } else {
                ProcessLimits limits = actual.limits().orElseThrow();
                assertThat(limits.upl()).as("upl").isCloseTo(expected.get("upl").getAsDouble(), near(limits.upl()));
                assertThat(limits.lpl()).as("lpl").isCloseTo(expected.get("lpl").getAsDouble(), near(limits.lpl()));
            }
        }
        JsonArray rules = reference.getAsJsonArray("rules");
        JsonArray pointTypes = reference.getAsJsonArray("pointTypes");
        assertThat(result.points()).hasSize(values.size()).hasSize(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            SpcPoint point = result.points().get(i);
            assertThat(point.cause()).as("rule at point %d", i).isEqualTo(RULES.get(rules.get(i).getAsString()));
            assertThat(point.type()).as("point type at point %d", i)
                    .isEqualTo(POINT_TYPES.get(pointTypes.get(i).getAsString()));
        }
        Partition latest = result.partitions().get(result.partitions().size() - 1);
        if (latest.points() >= 12) {
            assertThat(result.trialLimits()).isFalse();
            assertThat(result.variation()).contains(VARIATION.get(reference.get("variation").getAsString()));
            JsonElement assurance = reference.get("assurance");
            assertThat(result.assurance()).isEqualTo(assurance.isJsonNull() ? Optional.empty()
                    : Optional.of(ASSURANCE.get(assurance.getAsString())));
        } else {
            assertThat(result.trialLimits()).isTrue();
            assertThat(result.variation()).isEmpty();
            assertThat(result.assurance()).isEmpty();
        }
    }

    private static FinancialPeriod month(int index) {
        return FinancialPeriod.of(Frequency.MONTHLY, FinancialYear.startingIn(2015 + index / 12), index % 12 + 1);
    }

    private static Offset<Double> near(double value) {
        return within(1e-9 * Math.max(1, Math.abs(value)));
    }
}
