/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The superclass of a blueprint's context provider, checked against the decompiled confluence-create-content-plugin
 * in ngannk-fptu/Decompiled-Files (.../api/contextproviders/AbstractBlueprintContextProvider.java): an abstract
 * ContextProvider whose final getContextMap hands the context to updateBlueprintContext. Declared with its no-argument
 * constructor and that pair only.
 */
package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

public abstract class AbstractBlueprintContextProvider implements ContextProvider {

    public AbstractBlueprintContextProvider() {
    }

    @Override
    public void init(Map<String, String> params) {
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        BlueprintContext blueprint = new BlueprintContext();
        blueprint.getMap().putAll(context);
        return updateBlueprintContext(blueprint).getMap();
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
