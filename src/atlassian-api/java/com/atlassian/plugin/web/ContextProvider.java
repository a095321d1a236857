/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The plugin framework's context provider (atlassian-plugins-webfragment-api), as implemented by Confluence's
 * AbstractBlueprintContextProvider in the decompiled confluence-create-content-plugin of ngannk-fptu/Decompiled-Files:
 * init(params) and getContextMap(context). Declared for that superclass only.
 */
package com.atlassian.plugin.web;

import java.util.Map;

public interface ContextProvider {
    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
