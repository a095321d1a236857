/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled applinks-api 9.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.applinks_applinks-api-9.1.4).
 */
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {
    /** A request to a path relative to the linked application's base URL. */
    ApplicationLinkRequest createRequest(Request.MethodType method, String url) throws CredentialsRequiredException;
}
