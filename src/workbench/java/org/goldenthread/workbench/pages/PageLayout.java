package org.goldenthread.workbench.pages;

import org.goldenthread.render.Xml;

/** The workbench's page frame: title, the fictitious council's banner, the macros' style sheet, and the content. */
final class PageLayout {
    private PageLayout() {
    }

    static String page(String title, String contentHtml) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Xml.escape(title) + " \u2013 Golden Thread workbench</title>"
                + "<link rel=\"stylesheet\" href=\"/static/golden-thread.css\">"
                + "<link rel=\"stylesheet\" href=\"/static/workbench.css\"></head><body>"
                + "<header class=\"wb-banner\"><p><a href=\"/\">Golden Thread workbench</a> \u2013 "
                + "Anytown Borough Council is fictitious; its figures are made up.</p></header>"
                + "<main id=\"main\">" + contentHtml + "</main></body></html>";
    }
}
