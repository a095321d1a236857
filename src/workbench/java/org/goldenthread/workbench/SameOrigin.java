package org.goldenthread.workbench;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a browser's request comes from the workbench's own pages: the browser says so in Sec-Fetch-Site, or its
 * Origin is this site's. A request that names neither (a script, an older browser) is let through.
 */
public final class SameOrigin {
    private SameOrigin() {
    }

    public static boolean request(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String own = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return origin.equals(own);
    }
}
