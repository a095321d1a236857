/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A link's application type when the other end is Jira. Checked against the decompiled applinks-api 9.1.4 in
 * ngannk-fptu/Decompiled-Files (com.atlassian.applinks_applinks-api-9.1.4).
 */
package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

public interface JiraApplicationType extends ApplicationType {
}
