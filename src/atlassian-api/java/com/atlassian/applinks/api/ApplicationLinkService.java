/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The product's application links. Checked against the decompiled applinks-api 9.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.applinks_applinks-api-9.1.4). Only the method the app calls is declared.
 */
package com.atlassian.applinks.api;

public interface ApplicationLinkService {
    /** The primary link to an application of the type, or null where there is none. */
    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
