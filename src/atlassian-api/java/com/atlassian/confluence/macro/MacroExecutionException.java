/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled Confluence 8.7.2 core in ngannk-fptu/Decompiled-Files
 * (com/atlassian/confluence/macro/MacroExecutionException.java): a checked exception. Declared for Macro's throws
 * clause only; the app answers problems with an inline message instead of throwing it.
 */
package com.atlassian.confluence.macro;

public class MacroExecutionException extends Exception {
}
