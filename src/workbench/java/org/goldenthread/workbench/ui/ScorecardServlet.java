package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.goldenthread.render.Xml;
import org.goldenthread.workbench.pages.LoopbackKpiSource;
import org.goldenthread.workbench.pages.PagePreview;
import org.goldenthread.workbench.pages.StorageFormatException;

/**
 * {@code /scorecard}: the portfolio scorecard, filtered by directorate, level, status and period, made of the same
 * summary and scorecard macros a Confluence page uses.
 */
public final class ScorecardServlet extends SignedInServlet {
    private static final List<String> FILTERS = List.of("period", "directorate", "level", "status");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9 /_-]{0,40}");

    private final URI restBase;
    private final transient PagePreview preview;

    public ScorecardServlet(URI restBase, PagePreview preview) {
        this.restBase = restBase;
        this.preview = preview;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Optional<String> user)
            throws IOException {
        StringBuilder parameters = new StringBuilder();
        StringBuilder form = new StringBuilder("<form method=\"get\" action=\"/scorecard\" class=\"wb-filters\">");
        for (String filter : FILTERS) {
            String value = Optional.ofNullable(request.getParameter(filter)).map(String::strip).orElse("");
            if (!VALUE.matcher(value).matches()) {
                value = "";
            }
            if (!value.isEmpty()) {
                parameters.append("<ac:parameter ac:name=\"").append(filter).append("\">").append(Xml.escape(value))
                        .append("</ac:parameter>");
            }
            form.append("<label for=\"f-").append(filter).append("\">").append(label(filter)).append("</label> ")
                    .append("<input id=\"f-").append(filter).append("\" name=\"").append(filter).append("\" value=\"")
                    .append(Xml.escape(value)).append("\" size=\"12\"> ");
        }
        form.append("<button type=\"submit\">Filter</button></form>");
        String page = "<ac:structured-macro ac:name=\"kpi-summary\">" + parameters + "</ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"kpi-scorecard\">" + parameters + "</ac:structured-macro>";
        StringBuilder html = new StringBuilder("<h1>Scorecard</h1>").append(form);
        try {
            html.append(preview.render(page, new LoopbackKpiSource(restBase, Credentials.of(request)), "display"));
        } catch (StorageFormatException e) {
            html.append("<p role=\"alert\">").append(Xml.escape(e.getMessage())).append("</p>");
        }
        Html.send(response, 200, user, "Scorecard", html.toString());
    }

    private static String label(String filter) {
        return switch (filter) {
            case "period" -> "Period (latest, or such as 2025/26 Q2)";
            case "directorate" -> "Directorate";
            case "level" -> "Level";
            default -> "Status";
        };
    }
}
