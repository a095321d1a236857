package org.goldenthread.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.spi.DatabaseType;
import java.util.Date;
import net.java.ao.DBParam;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workbench's ActiveObjects service behaves as the products' does where the store relies on it. */
class ActiveObjectsOnTheLibraryTest {

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void theEntitiesMigrateAndNamesFollowTheProducts(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ActiveObjects ao = store.activeObjects();

            assertThat(ao.moduleMetaData().isTablePresent(KpiEntity.class)).isTrue();
            assertThat(ao.moduleMetaData().isTablePresent(MeasurementEntity.class)).isTrue();
            assertThat(ao.moduleMetaData().getDatabaseType())
                    .isEqualTo(kind == StoreDatabase.Kind.HSQLDB ? DatabaseType.HSQL : DatabaseType.POSTGRESQL);
            assertThat(ao.count(AuditEventEntity.class)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void aTransactionRollsBackWhenItsCallbackThrows(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ActiveObjects ao = store.activeObjects();
            IllegalStateException failure = new IllegalStateException("refused");

            assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                audit(ao, "first");
                audit(ao, "second");
                throw failure;
            })).isSameAs(failure);
            assertThat(ao.count(AuditEventEntity.class)).isZero();

            ao.executeInTransaction(() -> audit(ao, "kept"));
            assertThat(ao.count(AuditEventEntity.class)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreDatabase.Kind.class)
    void aTransactionInsideAnotherJoinsItAndAFailureRollsBackBoth(StoreDatabase.Kind kind) {
        try (StoreDatabase store = StoreDatabase.open(kind)) {
            ActiveObjects ao = store.activeObjects();

            assertThatThrownBy(() -> ao.executeInTransaction(() -> {
                audit(ao, "outer");
                ao.executeInTransaction(() -> audit(ao, "inner"));
                throw new IllegalStateException("refused after the inner one finished");
            })).hasMessage("refused after the inner one finished");
            assertThat(ao.count(AuditEventEntity.class)).isZero();
        }
    }

    private static AuditEventEntity audit(ActiveObjects ao, String subject) {
        return ao.create(AuditEventEntity.class, new DBParam("KPI_KEY", "WST-01"), new DBParam("SUBJECT", subject),
                new DBParam("USER_KEY", "someone"), new DBParam("OCCURRED", new Date()));
    }
}
