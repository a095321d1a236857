package org.goldenthread.workbench.ui;

import org.goldenthread.contract.AuditEntry;
import org.goldenthread.contract.AuditPage;
import org.goldenthread.render.Xml;

/** A page of an audit log as a table: when, who, the period, what changed, from and to. */
final class AuditTable {
    private AuditTable() {
    }

    static String html(AuditPage page) {
        StringBuilder html = new StringBuilder("<table class=\"wb-plans\"><caption>The newest ")
                .append(page.events().size()).append(" of ").append(page.total())
                .append(" changes</caption><thead><tr>")
                .append("<th scope=\"col\">When</th><th scope=\"col\">Who</th><th scope=\"col\">Period</th>")
                .append("<th scope=\"col\">What</th><th scope=\"col\">From</th><th scope=\"col\">To</th></tr>")
                .append("</thead><tbody>");
        for (AuditEntry event : page.events()) {
            html.append("<tr><td>").append(Xml.escape(event.occurred())).append("</td><td>")
                    .append(Xml.escape(event.user())).append("</td><td>").append(Xml.escape(event.periodId()))
                    .append("</td><td>").append(Xml.escape(event.subject())).append("</td><td>")
                    .append(Xml.escape(event.oldValue())).append("</td><td>").append(Xml.escape(event.newValue()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }
}
