/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled sal-api 5.1.4 in ngannk-fptu/Decompiled-Files (com.atlassian.sal_sal-api-5.1.4): a
 * checked exception. Declared with the constructor the app's tests use.
 */
package com.atlassian.sal.api.net;

public class ResponseException extends Exception {
    public ResponseException(String message) {
        super(message);
    }
}
