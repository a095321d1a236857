package org.goldenthread.confluence;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.goldenthread.render.MessageModel;

/** Renders the macros' Velocity templates, and the inline message a macro shows instead of failing. */
final class MacroTemplates {
    private final TemplateRenderer renderer;

    MacroTemplates(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    String render(String template, String name, Object model) {
        Map<String, Object> context = new HashMap<>();
        context.put(name, model);
        return render(template, context);
    }

    String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            renderer.render("templates/" + template + ".vm", context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    String message(String title, String text) {
        return render("macro-message", "message", new MessageModel(title, text));
    }

    /** The message for a problem reaching {@code subject}'s data, with the way out where there is one. */
    String message(KpiSourceException problem, String subject) {
        return switch (problem.problem()) {
            case NOT_FOUND -> message("Not found.", "Jira has no data for " + subject + ", or you may not see it.");
            case NO_PERMISSION -> message("No permission.", "You may not see " + subject + ".");
            case INVALID -> message("Check the macro's parameters.", problem.getMessage());
            case UNREACHABLE -> message("Jira is unreachable.", "The KPI data could not be fetched: "
                    + problem.getMessage());
            case AUTHORISATION_NEEDED -> render("macro-message", "message", new MessageModel(
                    "Authorisation needed.", "Allow this page to read KPI data from Jira as you.",
                    problem.authorisationUrl().orElse(""), "Authorise with Jira"));
        };
    }
}
