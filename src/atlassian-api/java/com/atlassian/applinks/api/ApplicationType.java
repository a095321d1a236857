/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The kind of application at the other end of a link. Checked against the decompiled applinks-api 9.1.4 in
 * ngannk-fptu/Decompiled-Files (com.atlassian.applinks_applinks-api-9.1.4). Declared as the type that
 * ApplicationLinkService.getPrimaryApplicationLink takes; none of its methods is used.
 */
package com.atlassian.applinks.api;

public interface ApplicationType {
}
