package org.goldenthread.store;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.Control;
import org.goldenthread.measure.CorporateHealthCategory;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.LifecycleState;
import org.goldenthread.measure.PlausibleRange;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.ReportingLevel;
import org.goldenthread.measure.Tolerance;
import org.goldenthread.measure.Unit;

/** Maps a KPI definition to and from its row: enumerations by name, decimals as plain strings, users by key. */
final class KpiRows {
    private KpiRows() {
    }

    /** The row's columns for a definition, in a fixed order: used to insert it and to see what an edit changed. */
    static Map<String, Object> columns(KpiDefinition kpi) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("KPI_KEY", kpi.key());
        columns.put("TITLE", kpi.title());
        columns.put("DEFINITION_TEXT", kpi.definition());
        columns.put("RATIONALE", kpi.rationale());
        columns.put("CALCULATION", kpi.calculation());
        columns.put("DATA_SOURCE", kpi.dataSource());
        columns.put("UNIT", kpi.unit().name());
        columns.put("DECIMAL_PLACES", kpi.decimals());
        columns.put("POLARITY", kpi.polarity().name());
        columns.put("FREQUENCY", kpi.frequency().name());
        columns.put("REPORTING_LEVEL", kpi.level().name());
        columns.put("DIRECTORATE", kpi.directorate());
        columns.put("SERVICE", kpi.service());
        columns.put("PRIORITY", kpi.priority());
        columns.put("HEALTH_CATEGORY", kpi.corporateHealth().map(Enum::name).orElse(null));
        columns.put("PUBLIC_KPI", kpi.isPublic());
        columns.put("CONTROL_KIND", kpi.control().name());
        columns.put("COMPLIANCE", kpi.compliance());
        columns.put("TOLERANCE_KIND", kpi.tolerance().map(tolerance -> tolerance.kind().name()).orElse(null));
        columns.put("TOLERANCE", kpi.tolerance().map(tolerance -> tolerance.amount().toPlainString()).orElse(null));
        columns.put("MIN_VALUE", decimal(kpi.plausibleRange().min()));
        columns.put("MAX_VALUE", decimal(kpi.plausibleRange().max()));
        columns.put("BAND_LOW", decimal(kpi.defaultBand().map(Band::lower)));
        columns.put("BAND_HIGH", decimal(kpi.defaultBand().map(Band::upper)));
        columns.put("BENCHMARK_CODE", kpi.benchmarkIndicator().orElse(null));
        columns.put("LIFECYCLE", kpi.lifecycle().name());
        columns.put("DEF_VERSION", kpi.definitionVersion());
        columns.put("OWNER_KEY", kpi.owner());
        columns.put("UPDATER_KEYS", String.join(";", kpi.updaters()));
        columns.put("APPROVER_KEY", kpi.approver().orElse(null));
        columns.put("LABELS", String.join(" ", kpi.labels()));
        return columns;
    }

    static void write(KpiEntity row, KpiDefinition kpi) {
        row.setTitle(kpi.title());
        row.setDefinitionText(kpi.definition());
        row.setRationale(kpi.rationale());
        row.setCalculation(kpi.calculation());
        row.setDataSource(kpi.dataSource());
        row.setUnit(kpi.unit().name());
        row.setDecimalPlaces(kpi.decimals());
        row.setPolarity(kpi.polarity().name());
        row.setFrequency(kpi.frequency().name());
        row.setReportingLevel(kpi.level().name());
        row.setDirectorate(kpi.directorate());
        row.setService(kpi.service());
        row.setPriority(kpi.priority());
        row.setHealthCategory(kpi.corporateHealth().map(Enum::name).orElse(null));
        row.setPublicKpi(kpi.isPublic());
        row.setControlKind(kpi.control().name());
        row.setCompliance(kpi.compliance());
        row.setToleranceKind(kpi.tolerance().map(tolerance -> tolerance.kind().name()).orElse(null));
        row.setTolerance(kpi.tolerance().map(tolerance -> tolerance.amount().toPlainString()).orElse(null));
        row.setMinValue(decimal(kpi.plausibleRange().min()));
        row.setMaxValue(decimal(kpi.plausibleRange().max()));
        row.setBandLow(decimal(kpi.defaultBand().map(Band::lower)));
        row.setBandHigh(decimal(kpi.defaultBand().map(Band::upper)));
        row.setBenchmarkCode(kpi.benchmarkIndicator().orElse(null));
        row.setLifecycle(kpi.lifecycle().name());
        row.setDefVersion(kpi.definitionVersion());
        row.setOwnerKey(kpi.owner());
        row.setUpdaterKeys(String.join(";", kpi.updaters()));
        row.setApproverKey(kpi.approver().orElse(null));
        row.setLabels(String.join(" ", kpi.labels()));
    }

    static KpiDefinition read(KpiEntity row) {
        return KpiDefinition.builder()
                .key(row.getKpiKey()).title(row.getTitle()).definition(row.getDefinitionText())
                .rationale(row.getRationale()).calculation(row.getCalculation()).dataSource(row.getDataSource())
                .unit(Unit.valueOf(row.getUnit())).decimals(row.getDecimalPlaces())
                .polarity(Polarity.valueOf(row.getPolarity())).frequency(Frequency.valueOf(row.getFrequency()))
                .level(ReportingLevel.valueOf(row.getReportingLevel())).directorate(row.getDirectorate())
                .service(row.getService()).priority(row.getPriority())
                .corporateHealth(Optional.ofNullable(row.getHealthCategory()).map(CorporateHealthCategory::valueOf)
                        .orElse(null))
                .isPublic(row.isPublicKpi()).control(Control.valueOf(row.getControlKind()))
                .compliance(row.isCompliance())
                .tolerance(row.getToleranceKind() == null ? null
                        : Tolerance.of(Tolerance.Kind.valueOf(row.getToleranceKind()), new BigDecimal(row.getTolerance())))
                .plausibleRange(new PlausibleRange(decimal(row.getMinValue()), decimal(row.getMaxValue())))
                .defaultBand(row.getBandLow() == null ? null
                        : new Band(new BigDecimal(row.getBandLow()), new BigDecimal(row.getBandHigh())))
                .benchmarkIndicator(row.getBenchmarkCode()).lifecycle(LifecycleState.valueOf(row.getLifecycle()))
                .definitionVersion(row.getDefVersion()).owner(row.getOwnerKey()).updaters(users(row.getUpdaterKeys()))
                .approver(row.getApproverKey()).labels(words(row.getLabels()))
                .build();
    }

    private static String decimal(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }

    private static Optional<BigDecimal> decimal(String text) {
        return Optional.ofNullable(text).map(BigDecimal::new);
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split(" +"));
    }

    private static List<String> users(String keys) {
        return keys == null || keys.isEmpty() ? List.of() : Arrays.asList(keys.split(";"));
    }
}
