package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.goldenthread.measure.DataQuality;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Measurement;
import org.goldenthread.measure.PlausibleRange;
import org.goldenthread.measure.Polarity;
import org.goldenthread.measure.SampleKpis;
import org.goldenthread.measure.TargetSchedule;
import org.goldenthread.measure.Unit;
import org.goldenthread.status.RatingPolicy;
import org.goldenthread.status.RatingRequest;
import org.goldenthread.status.Status;
import org.goldenthread.status.StatusAssessment;
import org.goldenthread.status.StatusRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Figures in Active Objects on HSQLDB and PostgreSQL: exact decimals, audit (CYC-08) and edit conflicts. */
class MeasurementRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-14T09:30:00Z"), ZoneOffset.UTC);
    private static final KpiDefinition KPI = SampleKpis.kpi(Unit.PERCENT, Polarity.HIGHER_IS_BETTER).key("WST-01")
            .plausibleRange(PlausibleRange.between(BigDecimal.ZERO, BigDecimal.valueOf(100))).build();
    private static final FinancialPeriod Q2 = FinancialPeriod.parse("2025/26 Q2");

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void figuresAreStoredExactlyAndReadInPeriodOrder(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            MeasurementRepository figures = new AoMeasurementRepository(store.activeObjects(), CLOCK);
            for (String[] row : new String[][] {{"2025/26 Q2", "61.20"}, {"2024/25 Q4", "0.000001"},
                    {"2025/26 Q1", "99.99999999999999999999"}}) {
                figures.enter(KPI, FinancialPeriod.parse(row[0]), FigureEntry.of(new BigDecimal(row[1]),
                        DataQuality.PROVISIONAL, ""), 0, "officer");
            }

            List<StoredMeasurement> series = figures.series(KPI);

            assertThat(series).extracting(stored -> stored.period().label())
                    .containsExactly("2024/25 Q4", "2025/26 Q1", "2025/26 Q2");
            assertThat(series).extracting(stored -> stored.value().orElseThrow().toPlainString())
                    .containsExactly("0.000001", "99.99999999999999999999", "61.20");
            assertThat(series.get(2).measurement()).contains(
                    new Measurement(Q2, new BigDecimal("61.20"), DataQuality.PROVISIONAL, 1));
            assertThat(series.get(2).updateState()).isEqualTo(AoMeasurementRepository.AWAITING_DATA);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void cyc08ValueQualityAndCommentaryChangesAreAudited(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            MeasurementRepository figures = new AoMeasurementRepository(store.activeObjects(), CLOCK);
            AuditTrail audit = new AoAuditTrail(store.activeObjects());
            figures.enter(KPI, Q2, FigureEntry.of(new BigDecimal("61.2"), DataQuality.PROVISIONAL, "Missed rounds"),
                    0, "officer");

            StoredMeasurement second = figures.enter(KPI, Q2, FigureEntry.of(new BigDecimal("62.0"),
                    DataQuality.PROVISIONAL, "Missed rounds"), 1, "analyst");

            assertThat(second.editVersion()).isEqualTo(2);
            List<AuditEvent> events = audit.page("WST-01", 0, 10);
            assertThat(events).extracting(AuditEvent::subject, AuditEvent::userKey)
                    .containsExactly(tuple("value", "analyst"),
                            tuple("commentary", "officer"),
                            tuple("data quality", "officer"),
                            tuple("value", "officer"));
            assertThat(events.get(0).oldValue()).contains("61.2");
            assertThat(events.get(0).newValue()).contains("62.0");
            assertThat(events.get(0).periodId()).contains("2025-26-Q2");
            assertThat(events.get(3).oldValue()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void aChangeToAnOlderVersionIsRefusedAndTheNewerFigureStays(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            MeasurementRepository figures = new AoMeasurementRepository(store.activeObjects(), CLOCK);
            figures.enter(KPI, Q2, FigureEntry.of(new BigDecimal("61.2"), DataQuality.CONFIRMED, ""), 0, "one");

            assertThatThrownBy(() -> figures.enter(KPI, Q2,
                    FigureEntry.of(new BigDecimal("70"), DataQuality.CONFIRMED, ""), 0, "two"))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageStartingWith("WST-01 2025/26 Q2 was changed by someone else after you opened it (it is"
                            + " now at version 1, you changed version 0)");
            assertThat(figures.find(KPI, Q2).orElseThrow().value()).contains(new BigDecimal("61.2"));
            assertThat(new AoAuditTrail(store.activeObjects()).count("WST-01")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void aRestatementKeepsTheFigureAndStatusAsFirstPublished(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            MeasurementRepository figures = new AoMeasurementRepository(store.activeObjects(), CLOCK);
            figures.enter(KPI, Q2, FigureEntry.of(new BigDecimal("61.20"), DataQuality.CONFIRMED, ""), 0, "officer");
            figures.recordStatus(KPI, Q2, assessment(Status.RED, "Red at sign-off"));

            figures.restate(KPI, Q2, new BigDecimal("63.4"), assessment(Status.AMBER, "Amber restated"), "Late returns",
                    1, "analyst");
            StoredMeasurement restated = figures.restate(KPI, Q2, new BigDecimal("63.5"),
                    assessment(Status.AMBER, "Amber again"), "Audited", 2, "analyst");

            assertThat(restated.editVersion()).isEqualTo(3);
            assertThat(restated.value()).contains(new BigDecimal("63.5"));
            assertThat(restated.status().orElseThrow().status()).isEqualTo(Status.AMBER);
            Restatement restatement = restated.restatement().orElseThrow();
            assertThat(restatement.published()).isEqualByComparingTo("61.20");
            assertThat(restatement.publishedStatus().orElseThrow().explanation()).isEqualTo("Red at sign-off");
            assertThat(restatement.reason()).isEqualTo("Audited");
            StoredMeasurement published = figures.find(KPI, Q2).orElseThrow().asPublished();
            assertThat(published.value()).contains(new BigDecimal("61.20"));
            assertThat(published.status().orElseThrow().status()).isEqualTo(Status.RED);
            assertThat(published.restatement().orElseThrow().showsPublished()).isTrue();
            assertThat(new AoAuditTrail(store.activeObjects()).page("WST-01", 0, 10))
                    .extracting(AuditEvent::subject, event -> event.oldValue().orElse(""),
                            event -> event.newValue().orElse(""))
                    .startsWith(tuple("value restated", "63.4", "63.5: Audited"), tuple("status", "Red", "Amber"),
                            tuple("value restated", "61.20", "63.4: Late returns"));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void anOverrideIsSetAndRemovedEachAuditedAndAStaleOneWritesNothing(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            MeasurementRepository figures = new AoMeasurementRepository(store.activeObjects(), CLOCK);
            AuditTrail audit = new AoAuditTrail(store.activeObjects());
            figures.enter(KPI, Q2, FigureEntry.of(new BigDecimal("61.2"), DataQuality.CONFIRMED, ""), 0, "officer");

            StoredMeasurement overridden = figures.override(KPI, Q2, Status.AMBER, Status.RED, "Depot fire", 1, "perf");

            assertThat(overridden.override()).contains(new StatusOverride(Status.AMBER, "Depot fire", "perf",
                    CLOCK.instant()));
            int events = audit.count("WST-01");
            assertThatThrownBy(() -> figures.removeOverride(KPI, Q2, Status.RED, "Stale", 1, "perf"))
                    .isInstanceOf(ConflictException.class);
            assertThat(audit.count("WST-01")).isEqualTo(events);
            assertThat(figures.find(KPI, Q2).orElseThrow().override()).isPresent();

            StoredMeasurement removed = figures.removeOverride(KPI, Q2, Status.RED, "Fire was in Q3", 2, "perf");

            assertThat(removed.override()).isEmpty();
            assertThat(audit.page("WST-01", 0, 2)).extracting(AuditEvent::subject)
                    .containsExactly("status override removed", "status overridden");
        }
    }

    private static StatusAssessment assessment(Status status, String explanation) {
        StatusAssessment worked = new StatusRules(RatingPolicy.STANDARD).assess(RatingRequest.of(
                TargetSchedule.none(KPI), Q2, Optional.empty(), LocalDate.of(2025, 10, 14)));
        return new StatusAssessment(status, worked.ruleVersion(), worked.inputs(), Optional.empty(), explanation);
    }

    /**
     * The first save holds its transaction open a while after writing, so the second reads the version before the
     * first commits: only the database's unique claim on the new version can refuse it then.
     */
    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void ofTwoSavesOverTheSameVersionAtOnceOneCommitsAndTheOtherIsRefused(StoreDatabase.Kind kind) throws Exception {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ActiveObjects ao = store.activeObjects();
            MeasurementRepository figures = new AoMeasurementRepository(ao, CLOCK);
            figures.enter(KPI, Q2, FigureEntry.of(new BigDecimal("61.2"), DataQuality.CONFIRMED, ""), 0, "officer");
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch firstWritten = new CountDownLatch(1);
                Future<StoredMeasurement> first = threads.submit(() -> ao.executeInTransaction(() -> {
                    StoredMeasurement saved = figures.enter(KPI, Q2,
                            FigureEntry.of(new BigDecimal("62.0"), DataQuality.CONFIRMED, ""), 1, "first");
                    firstWritten.countDown();
                    pause(Duration.ofMillis(500));
                    return saved;
                }));
                firstWritten.await();
                Future<StoredMeasurement> second = threads.submit(() -> figures.enter(KPI, Q2,
                        FigureEntry.of(new BigDecimal("63.0"), DataQuality.CONFIRMED, ""), 1, "second"));

                assertThat(first.get().editVersion()).isEqualTo(2);
                assertThatThrownBy(second::get).hasCauseInstanceOf(ConflictException.class)
                        .cause().hasMessageStartingWith("WST-01 2025/26 Q2 was changed by someone else");
            } finally {
                threads.shutdownNow();
            }
            assertThat(figures.find(KPI, Q2).orElseThrow().value()).contains(new BigDecimal("62.0"));
            assertThat(new AoAuditTrail(ao).page("WST-01", 0, 10)).extracting(AuditEvent::userKey)
                    .doesNotContain("second");
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void badEntriesNameTheFieldAndWriteNothing(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            MeasurementRepository figures = new AoMeasurementRepository(store.activeObjects(), CLOCK);

            assertThatThrownBy(() -> figures.enter(KPI, Q2,
                    FigureEntry.of(new BigDecimal("140"), DataQuality.CONFIRMED, ""), 0, "officer"))
                    .isInstanceOf(InvalidFieldsException.class)
                    .hasMessage("Figure for WST-01 2025/26 Q2: value must lie in the KPI's plausible range (0 to 100),"
                            + " but is 140");
            assertThatThrownBy(() -> figures.enter(KPI, FinancialPeriod.parse("Jul 2025"),
                    FigureEntry.of(new BigDecimal("40"), DataQuality.CONFIRMED, ""), 0, "officer"))
                    .hasMessage("Figure for WST-01 Jul 2025: period must be QUARTERLY like the KPI");
            assertThat(figures.series(KPI)).isEmpty();
            assertThat(new AoAuditTrail(store.activeObjects()).count("WST-01")).isZero();
            assertThat(figures.find(KPI, Q2)).isEqualTo(Optional.empty());
        }
    }
}
