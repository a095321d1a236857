/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * SAL's outgoing HTTP request. Checked against the decompiled sal-api 5.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.sal_sal-api-5.1.4). Only the methods the app calls are declared.
 */
package com.atlassian.sal.api.net;

public interface Request<T extends Request<?, ?>, RESP extends Response> {
    T setRequestBody(String body, String contentType);

    T setHeader(String name, String value);

    enum MethodType {
        GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS, PATCH
    }
}
