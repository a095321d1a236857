package org.goldenthread.workbench.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.goldenthread.render.Xml;
import org.goldenthread.workbench.ui.Credentials;
import org.goldenthread.workbench.ui.Html;
import org.goldenthread.workbench.ui.SignedInServlet;

/**
 * {@code GET /pages} lists the Confluence pages in {@code <data>/pages}; {@code GET /pages/{name}} renders
 * {@code <name>.xhtml}, read afresh at each request, with its macros executed for the signed-in reader. A file that is
 * not well-formed gets a page naming the line, as Confluence's editor would refuse it.
 */
public final class PagesServlet extends SignedInServlet {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final String SUFFIX = ".xhtml";

    private final transient Path directory;
    private final transient PagePreview preview;
    private final URI restBase;

    public PagesServlet(Path directory, PagePreview preview, URI restBase) {
        this.directory = directory;
        this.preview = preview;
        this.restBase = restBase;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Optional<String> reader)
            throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            Html.send(response, 200, reader, "Pages", list());
            return;
        }
        String name = path.substring(1);
        if (!NAME.matcher(name).matches()) {
            Html.send(response, 404, reader, "No such page", "<h1>No such page</h1><p>A page name is letters, "
                    + "digits, - and _ only.</p>");
            return;
        }
        String storageFormat;
        try {
            storageFormat = Files.readString(directory.resolve(name + SUFFIX), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            Html.send(response, 404, reader, "No such page", "<h1>No such page</h1><p>There is no "
                    + Xml.escape(name + SUFFIX) + " in the pages folder.</p>");
            return;
        } catch (CharacterCodingException e) {
            Html.send(response, 422, reader, "Not UTF-8", "<h1>" + Xml.escape(name + SUFFIX) + " is not UTF-8 "
                    + "text</h1><p role=\"alert\">Confluence storage format is UTF-8: save the file as UTF-8 and "
                    + "reload this page.</p>");
            return;
        }
        LoopbackKpiSource source = new LoopbackKpiSource(restBase, Credentials.of(request));
        try {
            String body = preview.render(storageFormat, source, outputType(request));
            Html.send(response, 200, reader, title(name), "<h1>" + Xml.escape(title(name)) + "</h1>" + body);
        } catch (StorageFormatException e) {
            Html.send(response, 422, reader, "Not well-formed", "<h1>" + Xml.escape(name + SUFFIX)
                    + " is not well-formed "
                    + "storage format</h1><p role=\"alert\">Line " + e.line() + ", column " + e.column() + ": "
                    + Xml.escape(e.getMessage()) + "</p><p>Fix the file and reload this page.</p>");
        }
    }

    private String list() throws IOException {
        StringBuilder html = new StringBuilder("<h1>Pages</h1><p>Confluence pages in the workbench's pages folder, "
                + "their Golden Thread macros executed one at a time as Confluence does.</p><ul>");
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                files.map(file -> file.getFileName().toString()).filter(file -> file.endsWith(SUFFIX))
                        .map(file -> file.substring(0, file.length() - SUFFIX.length()))
                        .filter(name -> NAME.matcher(name).matches()).sorted()
                        .forEach(name -> html.append("<li><a href=\"/pages/").append(name).append("\">")
                                .append(Xml.escape(title(name))).append("</a></li>"));
            }
        }
        return html.append("</ul>").toString();
    }

    /** {@code ?output=pdf} shows the page as Confluence's PDF export draws it: graphs as PNG images. */
    private static String outputType(HttpServletRequest request) {
        String output = request.getParameter("output");
        return output != null && Pattern.matches("display|preview|pdf|word|email", output) ? output : "display";
    }

    private static String title(String name) {
        String words = name.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
