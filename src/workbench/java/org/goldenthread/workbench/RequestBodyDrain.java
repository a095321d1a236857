package org.goldenthread.workbench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads what a request left unread of its body, such as an upload refused before it was read, so that the client's
 * connection stays usable for its next request, as the products' Tomcat does (up to its 2 MB swallow limit). A body
 * larger than that is left, and the connection closes.
 */
final class RequestBodyDrain implements Filter {
    static final long LIMIT = 2L * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request.getContentLengthLong() == 0) {
            return;
        }
        try {
            InputStream body = request.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n = body.read(buffer); n != -1 && read < LIMIT; n = body.read(buffer)) {
                read += n;
            }
        } catch (IllegalStateException e) {
            // the body was read as characters, so it has been read
        }
    }
}
