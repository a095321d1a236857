/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled activeobjects-plugin 5.2.1 in ngannk-fptu/Decompiled-Files
 * (external/FailedFastCountException.java): a checked exception with a cause.
 */
package com.atlassian.activeobjects.external;

public class FailedFastCountException extends Exception {
    public FailedFastCountException(Throwable cause) {
        super(cause);
    }
}
