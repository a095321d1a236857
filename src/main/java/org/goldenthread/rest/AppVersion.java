package org.goldenthread.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the app and its plugin key, as the build wrote them into {@code golden-thread-build.properties}. */
public final class AppVersion {
    private static final String RESOURCE = "/golden-thread-build.properties";
    private static final Properties BUILD = read();

    private AppVersion() {
    }

    public static String current() {
        return BUILD.getProperty("version");
    }

    /** The key the products know the plugin by, and its modules by as {@code pluginKey:moduleKey}. */
    public static String pluginKey() {
        return BUILD.getProperty("pluginKey");
    }

    private static Properties read() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
