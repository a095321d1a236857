package org.goldenthread.workbench.pages;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import org.goldenthread.confluence.KpiSource;
import org.goldenthread.confluence.MacroOnPage;
import org.goldenthread.confluence.StorageFormat;
import org.goldenthread.render.MessageModel;

/**
 * Renders a page of Confluence storage format as Confluence would: the page must be well-formed, and each macro is
 * executed in turn, in page order, by the class the plugin descriptor declares for it.
 */
public final class PagePreview {
    private final Map<String, String> macroClasses;
    private final TemplateRenderer renderer;

    public PagePreview(Map<String, String> macroClasses, TemplateRenderer renderer) {
        this.macroClasses = Map.copyOf(macroClasses);
        this.renderer = renderer;
    }

    /** The page's body as HTML, its macros executed for a reader whose KPI data comes from {@code source}. */
    public String render(String storageFormat, KpiSource source, String outputType) throws StorageFormatException {
        StorageFormatCheck.check(storageFormat);
        Map<String, Macro> macros = new HashMap<>();
        macroClasses.forEach((name, type) -> macros.put(name, instantiate(type, source)));
        PreviewContext context = new PreviewContext(storageFormat, outputType);
        return StorageFormat.replaceMacros(storageFormat, macro -> execute(macros.get(macro.name()), macro, context));
    }

    private String execute(Macro macro, MacroOnPage onPage, PreviewContext context) {
        if (macro == null) {
            return message("Not in this preview.", "The " + onPage.name() + " macro belongs to Confluence; "
                    + "the workbench shows Golden Thread's macros only.");
        }
        try {
            return macro.execute(onPage.parameters(), "", context);
        } catch (MacroExecutionException e) {
            return message("The macro failed.", onPage.name() + ": " + e.getMessage());
        }
    }

    private String message(String title, String text) {
        StringWriter out = new StringWriter();
        Map<String, Object> context = new HashMap<>();
        context.put("message", new MessageModel(title, text));
        try {
            renderer.render("templates/macro-message.vm", context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Macro instantiate(String type, KpiSource source) {
        try {
            return (Macro) Class.forName(type).getConstructor(TemplateRenderer.class, KpiSource.class)
                    .newInstance(renderer, source);
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
            throw new IllegalStateException("the descriptor's macro class " + type + " cannot be made with a "
                    + "template renderer and a KPI source: " + cause, cause);
        }
    }
}
