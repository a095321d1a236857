package org.goldenthread.workbench.ui;

import java.util.Optional;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.Role;
import org.goldenthread.workbench.WorkbenchUsers;

/**
 * The workbench's page frame: title, the fictitious council's banner, navigation for the signed-in user, the style
 * sheets, and the content.
 */
public final class PageLayout {
    private PageLayout() {
    }

    public static String page(String title, Optional<String> user, String contentHtml) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Xml.escape(title) + " \u2013 Golden Thread workbench</title>"
                + "<link rel=\"stylesheet\" href=\"/static/golden-thread.css\">"
                + "<link rel=\"stylesheet\" href=\"/static/workbench.css\">"
                + "<script src=\"/static/wb-change.js\"></script></head><body>"
                + "<header class=\"wb-banner\"><p><a href=\"/\">Golden Thread workbench</a> \u2013 "
                + "Anytown Borough Council is fictitious; its figures are made up.</p>" + navigation(user)
                + "</header><main id=\"main\">" + contentHtml + "</main></body></html>";
    }

    private static String navigation(Optional<String> user) {
        if (user.isEmpty()) {
            return "";
        }
        return "<nav aria-label=\"Workbench\"><ul><li><a href=\"/scorecard\">Scorecard</a></li>"
                + "<li><a href=\"/updates\">Quarterly update</a></li>"
                + "<li><a href=\"/action-plans\">Action plans</a></li><li><a href=\"/pages\">Pages</a></li>"
                + "<li><a href=\"/import\">Import</a></li>"
                + (WorkbenchUsers.caller(user.get()).has(Role.ADMINISTRATOR)
                ? "<li><a href=\"/settings\">Settings</a></li>" : "") + "</ul>"
                + "<form method=\"post\" action=\"/signout\"><span>Signed in as " + Xml.escape(user.get())
                + "</span> <button type=\"submit\">Sign out</button></form></nav>";
    }
}
