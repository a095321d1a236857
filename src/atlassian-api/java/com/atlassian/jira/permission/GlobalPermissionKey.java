/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A Jira global permission's key: a final class of constants, not an enum. Checked against the Jira 7 API javadoc
 * (docs.atlassian.com/jira/latest, GlobalPermissionKey) and its use against jira-api 11.0.0 in
 * atlassian-labs/atlassian-slack-integration-server. The constant is not a compile-time constant, so the product's
 * own value is used at run time. Only what the app uses is declared.
 */
package com.atlassian.jira.permission;

public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = of("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    public String getKey() {
        return key;
    }
}
