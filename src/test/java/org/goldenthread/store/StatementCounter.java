package org.goldenthread.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Counts the SQL statements the application sends, at the JDBC level: every registered driver is replaced by one
 * that hands out connections whose statements count each execution. What the count says is what the database saw.
 */
final class StatementCounter {
    private static final AtomicInteger EXECUTED = new AtomicInteger();
    private static final List<String> SQL = Collections.synchronizedList(new ArrayList<>());
    private static boolean installed;

    private StatementCounter() {
    }

    static synchronized void install() throws SQLException {
        if (installed) {
            return;
        }
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            DriverManager.deregisterDriver(driver);
            DriverManager.registerDriver(new Counting(driver));
        }
        installed = true;
    }

    /** The statements executed while {@code work} ran. */
    static List<String> during(Runnable work) {
        SQL.clear();
        int before = EXECUTED.get();
        work.run();
        List<String> executed = List.copyOf(SQL);
        if (executed.size() != EXECUTED.get() - before) {
            throw new IllegalStateException("statements ran on another thread while counting");
        }
        return executed;
    }

    private record Counting(Driver delegate) implements Driver {
        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            Connection connection = delegate.connect(url, info);
            return connection == null ? null : proxy(Connection.class, connection);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return delegate.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return delegate.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return delegate.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return delegate.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return delegate.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }
    }

    /** A connection whose statements, plain or prepared, count each execution. */
    private static Connection proxy(Class<Connection> type, Connection connection) {
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfacesOf(connection),
                (proxy, method, args) -> {
                    Object result = call(connection, method, args);
                    if (result instanceof Statement statement) {
                        String prepared = args != null && args.length > 0 && args[0] instanceof String sql ? sql : null;
                        return counting(statement, prepared);
                    }
                    return result;
                }));
    }

    private static Object counting(Statement statement, String prepared) {
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfacesOf(statement),
                (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        EXECUTED.incrementAndGet();
                        SQL.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
                    }
                    return call(statement, method, args);
                });
    }

    private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Class<?>[] interfacesOf(Object target) {
        List<Class<?>> interfaces = new ArrayList<>();
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            interfaces.addAll(List.of(type.getInterfaces()));
        }
        return interfaces.toArray(Class<?>[]::new);
    }
}
