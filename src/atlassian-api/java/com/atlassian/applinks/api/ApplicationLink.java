/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled applinks-api 9.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.applinks_applinks-api-9.1.4): it extends ReadOnlyApplicationLink and PropertySet; the app uses none of
 * PropertySet's methods, so that parent is not declared.
 */
package com.atlassian.applinks.api;

public interface ApplicationLink extends ReadOnlyApplicationLink {
}
