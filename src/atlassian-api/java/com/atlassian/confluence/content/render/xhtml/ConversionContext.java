/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The context Confluence renders a page's storage format in, checked against the decompiled Confluence 8.7.2 core in
 * ngannk-fptu/Decompiled-Files (com/atlassian/confluence/content/render/xhtml/ConversionContext.java) and the
 * Confluence javadoc since 4.0: an interface. Only the methods the app calls are declared.
 */
package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {
    void setProperty(String name, Object value);

    Object getProperty(String name);

    /** One of display, preview, word, pdf, html_export, feed, email, diff. */
    String getOutputType();

    ContentEntityObject getEntity();
}
