/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled sal-api 5.1.4 in ngannk-fptu/Decompiled-Files (com.atlassian.sal_sal-api-5.1.4). Only
 * the methods the app calls are declared.
 */
package com.atlassian.sal.api.net;

public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;
}
