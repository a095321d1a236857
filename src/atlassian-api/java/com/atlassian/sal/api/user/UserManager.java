/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * SAL's view of users. Checked against the decompiled sal-api 5.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.sal_sal-api-5.1.4) (com/atlassian/sal/api/user/UserManager.java). Only the method the app calls is
 * declared; the methods that take a request use the product's servlet API and are left out.
 */
package com.atlassian.sal.api.user;

public interface UserManager {
    /** The signed-in user of the current request, or null for an anonymous one. */
    UserKey getRemoteUserKey();
}
