/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled atlassian-template-renderer-api 5.0.4 in ngannk-fptu/Decompiled-Files
 * (com/atlassian/templaterenderer/RenderingException.java): an unchecked exception.
 */
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
