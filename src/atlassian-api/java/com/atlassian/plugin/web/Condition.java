/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Whether a web fragment (a web item or web panel) shows (atlassian-plugins-webfragment-api). Checked against the
 * implementations in Jira's own source (IsVersionReleased, since Jira 5.0) and in the DVCS connector plugin
 * (DvcsPanelCondition, reading the "issue" from the context), as found by code search; not yet against the Platform 8
 * jar itself.
 */
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface Condition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
