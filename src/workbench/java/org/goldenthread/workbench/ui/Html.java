package org.goldenthread.workbench.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Sends a workbench page. */
public final class Html {
    private Html() {
    }

    public static void send(HttpServletResponse response, int status, Optional<String> user, String title,
                            String content) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(PageLayout.page(title, user, content).getBytes(StandardCharsets.UTF_8));
    }
}
