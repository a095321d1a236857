/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A plugin module's descriptor could not be read (atlassian-plugins-api), which a web fragment's condition may throw
 * from init. Checked against the source of com.atlassian.plugin.PluginParseException as found by code search: it
 * extends PluginException, an unchecked exception, which is left out as the app never names it. Only its message
 * constructor is kept.
 */
package com.atlassian.plugin;

public class PluginParseException extends RuntimeException {
    public PluginParseException(String message) {
        super(message);
    }
}
