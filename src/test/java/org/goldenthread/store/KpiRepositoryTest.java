package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.goldenthread.measure.Band;
import org.goldenthread.measure.Control;
import org.goldenthread.measure.CorporateHealthCategory;
import org.goldenthread.measure.Frequency;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.LifecycleState;
import org.goldenthread.measure.PlausibleRange;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.ReportingLevel;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.Tolerance;
import org.goldenthread.measure.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** KPI definitions in Active Objects on HSQLDB and PostgreSQL: round trips, audit (CYC-08) and edit conflicts. */
class KpiRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);

    private static final KpiDefinition FULL = KpiDefinition.builder()
            .key("HOU-07").title("Occupancy of temporary accommodation").definition("Share of units occupied")
            .rationale("Keeps families out of bed and breakfast").calculation("Occupied units / all units")
            .dataSource("Housing system").unit(Unit.PERCENT).decimals(2).polarity(Polarity.WITHIN_BAND)
            .frequency(Frequency.MONTHLY).level(ReportingLevel.TACTICAL).directorate("Housing")
            .service("Homelessness").priority("A home for everyone").corporateHealth(CorporateHealthCategory.RESIDENTS)
            .isPublic(true).control(Control.INFLUENCED).tolerance(Tolerance.absolute(new BigDecimal("2.50")))
            .plausibleRange(PlausibleRange.between(BigDecimal.ZERO, new BigDecimal("100")))
            .defaultBand(new Band(new BigDecimal("85.00"), new BigDecimal("92.5"))).benchmarkIndicator("LGI-123")
            .lifecycle(LifecycleState.UNDER_REVIEW).definitionVersion(3).owner("head.housing")
            .updaters(List.of("officer.one", "officer.two")).approver("director.housing")
            .build();

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void everyFieldRoundTrips(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            KpiRepository kpis = new AoKpiRepository(store.activeObjects(), CLOCK);

            StoredKpi created = kpis.create(FULL, "perf.officer");

            assertThat(created.editVersion()).isEqualTo(1);
            assertThat(created.issueId()).isEmpty();
            assertThat(kpis.find("HOU-07").orElseThrow().definition()).isEqualTo(FULL);
            assertThat(kpis.find("HOU-08")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void aKeyCanBeUsedOnce(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            KpiRepository kpis = new AoKpiRepository(store.activeObjects(), CLOCK);
            kpis.create(FULL, "perf.officer");

            assertThatThrownBy(() -> kpis.create(FULL.toBuilder().title("Another").build(), "perf.officer"))
                    .isInstanceOf(InvalidFieldsException.class)
                    .hasMessage("KPI definition HOU-07: key must be unique, but HOU-07 already exists");
            assertThat(kpis.find("HOU-07").orElseThrow().definition().title())
                    .isEqualTo("Occupancy of temporary accommodation");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void cyc08AnEditIsAuditedFieldByField(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            KpiRepository kpis = new AoKpiRepository(store.activeObjects(), CLOCK);
            AuditTrail audit = new AoAuditTrail(store.activeObjects());
            kpis.create(FULL, "perf.officer");

            StoredKpi edited = kpis.update(FULL.toBuilder().title("Temporary accommodation occupancy")
                    .owner("new.head").build(), 1, "perf.lead");

            assertThat(edited.editVersion()).isEqualTo(2);
            assertThat(audit.count("HOU-07")).isEqualTo(3);
            List<AuditEvent> page = audit.page("HOU-07", 0, 10);
            assertThat(page).extracting(AuditEvent::subject)
                    .containsExactly("definition: owner key", "definition: title", "definition created");
            AuditEvent title = page.get(1);
            assertThat(title.userKey()).isEqualTo("perf.lead");
            assertThat(title.occurred()).isEqualTo(CLOCK.instant());
            assertThat(title.oldValue()).contains("Occupancy of temporary accommodation");
            assertThat(title.newValue()).contains("Temporary accommodation occupancy");
            assertThat(page.get(2).newValue().orElseThrow()).startsWith("kpi key=HOU-07; title=Occupancy");
            assertThat(audit.page("HOU-07", 1, 1)).extracting(AuditEvent::subject)
                    .containsExactly("definition: title");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void anEditMadeToAnOlderVersionIsRefusedAndTheNewerOneStays(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            KpiRepository kpis = new AoKpiRepository(store.activeObjects(), CLOCK);
            kpis.create(FULL, "perf.officer");
            kpis.update(FULL.toBuilder().title("First edit").build(), 1, "one");

            assertThatThrownBy(() -> kpis.update(FULL.toBuilder().title("Second edit").build(), 1, "two"))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("KPI HOU-07 was changed by someone else after you opened it (it is now at version 2,"
                            + " you changed version 1), so nothing was saved: reload it to see the newer data");
            assertThat(kpis.find("HOU-07").orElseThrow().definition().title()).isEqualTo("First edit");
            assertThat(new AoAuditTrail(store.activeObjects()).count("HOU-07")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void allIsInKeyOrder(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            KpiRepository kpis = new AoKpiRepository(store.activeObjects(), CLOCK);
            for (String key : List.of("WST-02", "COR-01", "WST-01")) {
                kpis.create(SampleKpis.kpi(Unit.NUMBER, Polarity.LOWER_IS_BETTER).key(key).build(), "someone");
            }

            assertThat(kpis.all()).extracting(stored -> stored.definition().key())
                    .containsExactly("COR-01", "WST-01", "WST-02");
            assertThat(kpis.find("COR-01").orElseThrow().definition().tolerance()).isEqualTo(Optional.empty());
        }
    }
}
