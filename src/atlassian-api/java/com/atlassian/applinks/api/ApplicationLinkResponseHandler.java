/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled applinks-api 9.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.applinks_applinks-api-9.1.4).
 */
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {
    /** Called instead of handle when the linked application wants the user to authorise this one first. */
    R credentialsRequired(Response response) throws ResponseException;
}
