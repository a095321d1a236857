/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled applinks-api 9.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.applinks_applinks-api-9.1.4). Only the method the app calls is declared.
 */
package com.atlassian.applinks.api;

import java.net.URI;

public interface AuthorisationURIGenerator {
    /** Where the user goes to let this application act for them in the linked one. */
    URI getAuthorisationURI();
}
