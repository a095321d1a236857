package org.goldenthread.jira;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.goldenthread.render.Xml;

/** A Golden Thread administration page as Jira lays it out: its admin decorator, with the app's menu section lit. */
final class AdminPage {
    /** The web-section that links to these pages, so Jira highlights it. */
    static final String ADMIN_SECTION = "admin_plugins_menu/golden-thread-admin";

    private AdminPage() {
    }

    static String head(String title, String tab) {
        return "<html><head><title>" + Xml.escape(title) + "</title>"
                + "<meta name=\"decorator\" content=\"atl.admin\">"
                + "<meta name=\"admin.active.section\" content=\"" + Xml.escape(ADMIN_SECTION) + "\">"
                + "<meta name=\"admin.active.tab\" content=\"" + Xml.escape(tab) + "\">"
                + "</head><body><h1>" + Xml.escape(title) + "</h1>";
    }

    static String foot() {
        return "</body></html>";
    }

    static void send(HttpServletResponse response, int status, String title, String bodyHtml) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(head(title, "") + bodyHtml + foot());
    }
}
