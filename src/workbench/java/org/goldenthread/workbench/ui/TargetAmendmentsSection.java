package org.goldenthread.workbench.ui;

import java.util.List;
import java.util.Locale;
import org.goldenthread.confluence.KpiSourceException;
import org.goldenthread.contract.KpiDetail;
import org.goldenthread.contract.TargetAmendmentView;
import org.goldenthread.render.Xml;
import org.goldenthread.rest.Caller;
import org.goldenthread.rest.Role;
import org.goldenthread.workbench.WorkbenchUsers;
import org.goldenthread.workbench.pages.LoopbackKpiSource;

/**
 * The KPI page's target amendments for staff (TGT-04): each with its original and amended target, state, reason and
 * who proposed and decided it; the form to propose one for the performance team and the KPI's owner; Approve and
 * Reject for the KPI's approver and the performance team, except on their own proposals.
 */
final class TargetAmendmentsSection {
    private TargetAmendmentsSection() {
    }

    static String html(LoopbackKpiSource source, String key, String user) throws KpiSourceException {
        Caller caller = WorkbenchUsers.caller(user);
        if (!caller.isStaff()) {
            return "";
        }
        KpiDetail kpi = source.kpi(key);
        List<TargetAmendmentView> amendments = source.targetAmendments(key);
        boolean team = caller.has(Role.PERFORMANCE_TEAM);
        boolean decides = team || (kpi.approver() == null ? caller.has(Role.APPROVER) : kpi.approver().equals(user));
        StringBuilder html = new StringBuilder("<section id=\"wb-amendments\" aria-labelledby=\"amendments\" ")
                .append("data-kpi=\"").append(Xml.escape(kpi.key())).append("\"><h2 id=\"amendments\">Target ")
                .append("amendments</h2>");
        if (amendments.isEmpty()) {
            html.append("<p>No target amendment yet.</p>");
        } else {
            html.append("<table class=\"wb-plans\"><caption>Mid-year changes to the target, each with its reason ")
                    .append("and decision</caption><thead><tr><th scope=\"col\">From</th>")
                    .append("<th scope=\"col\">Original target</th><th scope=\"col\">Amended target</th>")
                    .append("<th scope=\"col\">State</th><th scope=\"col\">Reason</th>")
                    .append("<th scope=\"col\">Proposed by</th><th scope=\"col\">Decision</th></tr></thead><tbody>");
            amendments.forEach(amendment -> html.append(row(amendment, decides, user)));
            html.append("</tbody></table>");
        }
        if (team || kpi.owner().equals(user)) {
            html.append(form(kpi));
        }
        return html.append("</section><script src=\"/static/target-amendments.js\"></script>").toString();
    }

    private static String row(TargetAmendmentView amendment, boolean decides, String user) {
        String state = amendment.state().charAt(0) + amendment.state().substring(1).toLowerCase(Locale.ROOT);
        return "<tr data-id=\"" + amendment.id() + "\" data-version=\"" + amendment.version() + "\"><th scope=\"row\">"
                + Xml.escape(amendment.period()) + "</th><td>" + Xml.escape(amendment.original()) + "</td><td>"
                + Xml.escape(amendment.amended()) + "</td><td>" + state + "</td><td>"
                + Xml.escape(amendment.reason()) + "</td><td>" + Xml.escape(amendment.proposedBy()) + ", "
                + Xml.escape(amendment.proposedAt()) + "</td><td>" + decision(amendment, decides, user) + "</td></tr>";
    }

    private static String decision(TargetAmendmentView amendment, boolean decides, String user) {
        if (!amendment.state().equals("PROPOSED")) {
            return state(amendment) + " by " + Xml.escape(amendment.decidedBy()) + ", "
                    + Xml.escape(amendment.decidedAt())
                    + (amendment.decisionNote() == null ? "" : ": " + Xml.escape(amendment.decisionNote()));
        }
        if (amendment.proposedBy().equals(user)) {
            return "Awaiting a decision by someone else: no one decides their own proposal (separation of duties)";
        }
        if (!decides) {
            return "Awaiting a decision by the KPI's approver or the performance team";
        }
        String id = "reject-" + amendment.id();
        String from = Xml.escape(amendment.period());
        return "<button type=\"button\" class=\"wb-approve\" aria-label=\"Approve the amendment from " + from
                + "\">Approve</button><form class=\"wb-reject\"><label for=\"" + id + "\">Reason for rejecting</label> "
                + "<input id=\"" + id + "\" name=\"reason\" required> <button type=\"submit\" aria-label=\"Reject the "
                + "amendment from " + from + "\">Reject</button></form>"
                + "<p class=\"wb-error\" role=\"alert\" hidden></p>";
    }

    private static String state(TargetAmendmentView amendment) {
        return amendment.state().equals("APPROVED") ? "Approved" : "Rejected";
    }

    private static String form(KpiDetail kpi) {
        String target = kpi.polarity().equals("WITHIN_BAND")
                ? field("amend-low", "low", "Lowest of the amended band") + field("amend-high", "high",
                        "Highest of the amended band")
                : field("amend-value", "value", "Amended target");
        return "<form id=\"wb-amend\" class=\"wb-form\"><h3>Propose an amendment</h3>"
                + field("amend-period", "period", "Takes effect from (a period such as 2025/26 Q3)") + target
                + "<p><label for=\"amend-reason\">Reason for the change</label><br><textarea id=\"amend-reason\" "
                + "name=\"reason\" rows=\"3\" cols=\"50\" required></textarea></p>"
                + "<p><button type=\"submit\">Propose amendment</button></p>"
                + "<p class=\"wb-error\" role=\"alert\" hidden></p></form>";
    }

    private static String field(String id, String name, String label) {
        return "<p><label for=\"" + id + "\">" + Xml.escape(label) + "</label><br><input id=\"" + id + "\" name=\""
                + name + "\" required" + (name.equals("period") ? "" : " inputmode=\"decimal\"") + "></p>";
    }
}
