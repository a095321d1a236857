/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Where the product signs people in. Checked against the decompiled sal-api 5.1.4 in ngannk-fptu/Decompiled-Files
 * (com/atlassian/sal/api/auth/LoginUriProvider.java) and its use on Platform 8 in
 * atlassian-labs/atlassian-slack-integration-server (LoginRedirectionManager.java); no servlet type in it, so the
 * jakarta move left it as it was. Only the method the app calls is declared.
 */
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {
    /** The sign-in page, which returns the user to {@code returnUri} afterwards. */
    URI getLoginUri(URI returnUri);
}
