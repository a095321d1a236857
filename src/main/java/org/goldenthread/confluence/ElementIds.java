package org.goldenthread.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

/** Ids unique on the page for the elements our macros write, counted in the conversion context. */
final class ElementIds {
    private static final String PROPERTY = ElementIds.class.getName();

    private ElementIds() {
    }

    static String next(ConversionContext context, String prefix) {
        Object held = context.getProperty(PROPERTY);
        int next = held instanceof Integer count ? count + 1 : 1;
        context.setProperty(PROPERTY, next);
        return prefix + "-" + next;
    }
}
