/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Confluence's macro contract, checked against the decompiled Confluence 8.7.2 core in ngannk-fptu/Decompiled-Files
 * (com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/macro/Macro.java); the interface is unchanged
 * across the Confluence 5 to 8 javadoc, and Platform 8 moved no package of it.
 */
package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

public interface Macro {
    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum OutputType {
        INLINE,
        BLOCK
    }

    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }
}
