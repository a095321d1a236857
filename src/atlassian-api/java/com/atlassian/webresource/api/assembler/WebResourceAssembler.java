/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The resources of the page being built. Checked as PageBuilderService (atlassian-plugins-webresource-api 6.1.1,
 * and its Platform 8 use in atlassian-labs/atlassian-slack-integration-server). Only the method the app calls is
 * declared.
 */
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    RequiredResources resources();
}
