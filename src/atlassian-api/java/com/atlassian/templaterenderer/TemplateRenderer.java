/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Atlassian Template Renderer, checked against the decompiled atlassian-template-renderer-api 5.0.4 in
 * ngannk-fptu/Decompiled-Files (com/atlassian/templaterenderer/TemplateRenderer.java). Templates are found on the
 * plugin's class path. Only the method the app calls is declared.
 */
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;
}
