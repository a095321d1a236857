package org.goldenthread.workbench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.spi.DatabaseType;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The products' {@link ActiveObjects} service over the Active Objects library, as the workbench and tests run it.
 * As in the products, database errors surface as unchecked {@link ActiveObjectsException}s, and a transaction rolls
 * back when its callback throws.
 */
public final class LibraryActiveObjects implements ActiveObjects {
    private final EntityManager entityManager;
    private final DatabaseType databaseType;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public LibraryActiveObjects(EntityManager entityManager, DatabaseType databaseType) {
        this.entityManager = entityManager;
        this.databaseType = databaseType;
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    @SafeVarargs
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrateDestructively(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @Override
    @SafeVarargs
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql,
                                                       Object... parameters) {
        return sql(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query,
                                                   EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    /** The library has no estimate, so this is the exact count. */
    @Override
    public <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type) throws SQLException {
        return entityManager.count(type);
    }

    /**
     * Runs the callback in a transaction, or in the one already open on this thread, as the products' transaction
     * template does: an inner failure rolls back the whole outer transaction.
     */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(true);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() throws SQLException {
                    try {
                        return callback.doInTransaction();
                    } catch (RuntimeException e) {
                        throw new CallbackFailed(e);
                    }
                }
            }.execute();
        } catch (CallbackFailed e) {
            throw e.failure;
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        } finally {
            inTransaction.remove();
        }
    }

    /** Carries a callback's own exception through the library's transaction, which rolls back on SQLException. */
    private static final class CallbackFailed extends SQLException {
        private final RuntimeException failure;

        CallbackFailed(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return new ActiveObjectsModuleMetaData() {
            @Override
            public void awaitInitialization() {
            }

            @Override
            public void awaitInitialization(long timeout, TimeUnit unit) {
            }

            @Override
            public boolean isInitialized() {
                return true;
            }

            @Override
            public DatabaseType getDatabaseType() {
                return databaseType;
            }

            @Override
            public boolean isDataSourcePresent() {
                return true;
            }

            @Override
            public boolean isTablePresent(Class<? extends RawEntity<?>> type) {
                return sql(() -> {
                    String table = entityManager.getTableNameConverter().getName(type);
                    try (var connection = entityManager.getProvider().getConnection();
                         var tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
                        while (tables.next()) {
                            if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                                return true;
                            }
                        }
                        return false;
                    }
                });
            }
        };
    }
}
