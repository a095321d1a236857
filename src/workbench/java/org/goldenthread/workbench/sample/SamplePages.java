package org.goldenthread.workbench.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample Confluence pages, copied into the data directory's pages folder when it has none, for editing there. */
public final class SamplePages {
    static final List<String> PAGES = List.of("performance-clinic.xhtml", "overview-and-scrutiny-exceptions.xhtml");

    private SamplePages() {
    }

    public static void copyIfAbsent(Path folder) {
        if (Files.exists(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            for (String page : PAGES) {
                try (InputStream in = SamplePages.class.getResourceAsStream("/workbench/sample/pages/" + page)) {
                    if (in == null) {
                        throw new IllegalStateException("workbench/sample/pages/" + page + " is missing");
                    }
                    Files.copy(in, folder.resolve(page));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
