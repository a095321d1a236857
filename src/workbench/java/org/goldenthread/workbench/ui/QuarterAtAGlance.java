package org.goldenthread.workbench.ui;

import org.goldenthread.contract.PeriodCloseView;
import org.goldenthread.render.Xml;

/**
 * The performance team's view of closing a quarter: what is outstanding, overdue and ready to publish, the bulk
 * publish button, and closing or reopening the quarter.
 */
final class QuarterAtAGlance {
    private QuarterAtAGlance() {
    }

    static String html(PeriodCloseView period) {
        String id = Xml.escape(period.periodId());
        String label = Xml.escape(period.period());
        StringBuilder html = new StringBuilder("<section class=\"wb-publish\"><h2>The quarter at a glance</h2><ul>")
                .append("<li>Outstanding: ").append(period.outstanding()).append("</li>")
                .append("<li>Overdue (no figure by the due date, ").append(Xml.escape(period.dueDate()))
                .append("): ").append(period.overdue()).append("</li>")
                .append("<li>Ready to publish (signed off): ").append(period.readyToPublish()).append("</li>")
                .append("<li>Published: ").append(period.published()).append("; no data: ").append(period.noData())
                .append("</li></ul>");
        if (period.closed()) {
            html.append("<p><strong>Closed</strong> by ").append(Xml.escape(period.closedBy())).append(" at ")
                    .append(Xml.escape(period.closedAt())).append(": its updates take no more steps, and a ")
                    .append("published figure is corrected by restatement.</p>")
                    .append("<p><label for=\"wb-reopen-reason\">Why reopen ").append(label).append("</label><br>")
                    .append("<input id=\"wb-reopen-reason\" size=\"50\"></p>")
                    .append("<button type=\"button\" id=\"wb-reopen\" data-period=\"").append(id)
                    .append("\">Reopen ").append(label).append("</button>");
        } else {
            html.append("<button type=\"button\" id=\"wb-publish\" data-period=\"").append(id)
                    .append("\">Publish all signed-off updates for ").append(label).append("</button> ")
                    .append("<button type=\"button\" id=\"wb-close\" data-period=\"").append(id)
                    .append("\">Close ").append(label).append("</button>");
        }
        return html.append("<p class=\"wb-error\" role=\"alert\" hidden></p></section>").toString();
    }
}
