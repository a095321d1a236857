package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.goldenthread.rest.Role;
import org.goldenthread.workbench.WorkbenchUsers;

/**
 * {@code /import}: the performance team's CSV import: choose the kind and the file; a progress bar follows the import
 * job, and a failed import lists every problem by row and column, having written nothing.
 */
public final class ImportServlet extends SignedInServlet {

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response, Optional<String> user)
            throws IOException {
        if (!WorkbenchUsers.caller(user.orElseThrow()).roles().contains(Role.PERFORMANCE_TEAM)) {
            Html.send(response, 403, user, "Import", "<h1>Import</h1><p>Only the performance team imports "
                    + "files.</p>");
            return;
        }
        String html = "<h1>Import a CSV file</h1>"
                + "<p>KPI definitions, targets, historic figures or benchmarks, one row each, with a header row. "
                + "A file with any problem imports nothing: fix the rows listed and import it again.</p>"
                + "<form id=\"wb-import\" class=\"wb-form\"><p><label for=\"kind\">What the file holds</label> "
                + "<select id=\"kind\" name=\"kind\"><option value=\"kpis\">KPI definitions</option>"
                + "<option value=\"targets\">Targets</option><option value=\"measurements\" selected>Figures "
                + "(history)</option><option value=\"benchmarks\">Benchmarks</option></select></p>"
                + "<p><label for=\"file\">CSV file</label> <input id=\"file\" name=\"file\" type=\"file\" "
                + "accept=\".csv,text/csv\" required></p><p><button type=\"submit\">Import</button></p></form>"
                + "<div id=\"wb-progress\" hidden><p><label for=\"wb-bar\">Rows checked</label> <progress "
                + "id=\"wb-bar\" max=\"1\" value=\"0\"></progress> <span id=\"wb-count\"></span></p></div>"
                + "<p id=\"wb-result\" role=\"status\"></p>"
                + "<table id=\"wb-problems\" class=\"wb-plans\" hidden><caption>Problems, by row</caption><thead><tr>"
                + "<th scope=\"col\">Row</th><th scope=\"col\">Column</th><th scope=\"col\">Value</th>"
                + "<th scope=\"col\">Rule</th></tr></thead><tbody></tbody></table>"
                + "<script src=\"/static/import.js\"></script>";
        Html.send(response, 200, user, "Import", html);
    }
}
