/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Web resources for the page being built (atlassian-plugins-webresource-api). Checked against the decompiled
 * atlassian-plugins-webresource-api 6.1.1 in ngannk-fptu/Decompiled-Files and its use on Platform 8 in
 * atlassian-labs/atlassian-slack-integration-server (SlackPersonalNotificationsServlet.java). Only the method the app
 * calls is declared.
 */
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();
}
