/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The values a blueprint's content template is filled from, checked against the decompiled
 * confluence-create-content-plugin in ngannk-fptu/Decompiled-Files
 * (com/atlassian/confluence/plugins/createcontent/api/contextproviders/BlueprintContext.java): a class over a map,
 * with get, put and setTitle. Only those, its public constructor and getMap are declared.
 */
package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;

public class BlueprintContext {
    private final Map<String, Object> map;

    public BlueprintContext() {
        this.map = new HashMap<>();
    }

    public Map<String, Object> getMap() {
        return map;
    }

    public Object get(String key) {
        return map.get(key);
    }

    public void put(String key, Object value) {
        map.put(key, value);
    }

    /** The real class keeps the title under its own key; the workbench's blueprint preview reads it from there. */
    public void setTitle(String title) {
        map.put("ContentPageTitle", title);
    }
}
