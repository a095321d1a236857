/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled applinks-api 9.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.applinks_applinks-api-9.1.4).
 */
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
    <R> R execute(ApplicationLinkResponseHandler<R> handler) throws ResponseException;
}
