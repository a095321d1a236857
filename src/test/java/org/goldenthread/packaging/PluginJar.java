package org.goldenthread.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.goldenthread.workbench.PluginDescriptor;

/** A built plugin jar, opened for inspection: its entries, manifest, descriptor and classes. */
final class PluginJar implements AutoCloseable {
    private final Path path;
    private final JarFile jar;
    private final List<String> entries;
    private final URLClassLoader classLoader;

    PluginJar(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
        this.entries = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
        this.classLoader = new AppFirstClassLoader(path.toUri().toURL(), PluginJar.class.getClassLoader());
    }

    Path path() {
        return path;
    }

    List<String> entries() {
        return entries;
    }

    boolean contains(String entry) {
        return entries.contains(entry);
    }

    /** True if the entry exists, or for a name ending in '/', if anything lies under it. */
    boolean containsResource(String location) {
        String name = location.startsWith("/") ? location.substring(1) : location;
        if (name.endsWith("/")) {
            return entries.stream().anyMatch(e -> e.startsWith(name) && !e.equals(name));
        }
        return entries.contains(name);
    }

    String text(String entry) {
        try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Properties properties(String entry) {
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(text(entry).getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    Attributes manifest() throws IOException {
        Manifest manifest = jar.getManifest();
        return manifest == null ? new Attributes() : manifest.getMainAttributes();
    }

    PluginDescriptor descriptor() throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(PluginDescriptor.RESOURCE))) {
            return PluginDescriptor.parse(in);
        }
    }

    /** The classes the jar holds, by class name (inner classes included). */
    List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (String entry : entries) {
            if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
                names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    static String entryOf(String className) {
        return className.replace('.', '/') + ".class";
    }

    /** Loads the app's classes from the jar itself; host types come from the test classpath. */
    Class<?> load(String className) throws ClassNotFoundException {
        return Class.forName(className, false, classLoader);
    }

    @Override
    public void close() throws IOException {
        classLoader.close();
        jar.close();
    }

    private static final class AppFirstClassLoader extends URLClassLoader {
        AppFirstClassLoader(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.goldenthread.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }
    }
}
