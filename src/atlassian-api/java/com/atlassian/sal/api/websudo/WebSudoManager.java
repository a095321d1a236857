/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Secure administrator sessions (web sudo). Checked against the decompiled sal-api 5.1.4 in ngannk-fptu/Decompiled-Files
 * (com/atlassian/sal/api/websudo/WebSudoManager.java), with the jakarta servlet types of Platform 8 as
 * atlassian-labs/atlassian-slack-integration-server calls it (ConfigureServlet.java, commit 7beea6f). Only the methods
 * the app calls are declared.
 */
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    /** Marks the request as one that needs a secure administrator session, or throws if it has none. */
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;

    /** Sends the administrator to confirm their password, then back to the request. */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
