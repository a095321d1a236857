/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A user's lasting key. Checked against the decompiled sal-api 5.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.sal_sal-api-5.1.4) (com/atlassian/sal/api/user/UserKey.java): a final class over a string, equal by
 * that string. Declared with its constructor and getStringValue().
 */
package com.atlassian.sal.api.user;

import java.util.Objects;

public final class UserKey {
    private final String key;

    public UserKey(String key) {
        this.key = Objects.requireNonNull(key, "userkey");
    }

    public String getStringValue() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
