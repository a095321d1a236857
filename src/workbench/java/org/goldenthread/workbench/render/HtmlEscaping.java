package org.goldenthread.workbench.render;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.goldenthread.render.Xml;

/**
 * Confluence's anti-XSS rule for templates: a reference's value is HTML-escaped as it is written, unless the
 * reference's name ends in {@code Html} ({@code $tile.sparklineHtml}, {@code $bodyHtml}).
 */
final class HtmlEscaping implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || name(reference).endsWith("Html")) {
            return value;
        }
        return Xml.escape(value.toString());
    }

    /** The last name in a reference: {@code tile.sparklineHtml} from {@code $!{tile.sparklineHtml}}. */
    static String name(String reference) {
        String name = reference.replaceAll("[$!{}]", "");
        if (name.endsWith(")")) {
            name = name.substring(0, name.indexOf('('));
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
