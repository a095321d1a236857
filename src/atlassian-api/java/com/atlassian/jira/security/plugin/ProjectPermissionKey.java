/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The key of a project permission. Checked against the Jira 6.3.15 source (turgaycelik/mysource, jira-api), where it
 * is a final class compared by its key; not yet against Jira 11 itself.
 */
package com.atlassian.jira.security.plugin;

import java.util.Objects;

public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey key && key.permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }
}
