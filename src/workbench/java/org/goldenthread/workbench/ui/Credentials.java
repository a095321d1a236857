package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reader's credentials as headers, so a call the workbench makes to its own REST API on their behalf is made as
 * them: their HTTP Basic header, or their session cookie.
 */
public final class Credentials {
    private Credentials() {
    }

    public static Map<String, String> of(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (request.getHeader("Authorization") != null) {
            headers.put("Authorization", request.getHeader("Authorization"));
        } else if (request.getHeader("Cookie") != null) {
            headers.put("Cookie", request.getHeader("Cookie"));
        }
        return headers;
    }
}
