/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled applinks-api 9.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.applinks_applinks-api-9.1.4). Only the methods the app calls are declared.
 */
package com.atlassian.applinks.api;

import java.net.URI;

public interface ReadOnlyApplicationLink {
    /** The address users reach the linked application at. */
    URI getDisplayUrl();

    /** Requests made as the current user (OAuth with impersonation, or the link's user-level credentials). */
    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();

    /** Requests made as the link itself, not as any user. */
    ApplicationLinkRequestFactory createNonImpersonatingAuthenticatedRequestFactory();
}
