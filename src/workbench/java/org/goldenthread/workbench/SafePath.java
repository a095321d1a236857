package org.goldenthread.workbench;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** A path on this site to send a browser to: never another site, however the text is dressed up. */
final class SafePath {
    private SafePath() {
    }

    static Optional<String> of(String text) {
        if (text == null || text.isEmpty() || text.chars().anyMatch(c -> c < 0x21 || c == '\\' || c == 0x7f)
                || text.toLowerCase(Locale.ROOT).contains("%5c")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text).normalize();
            String path = uri.getRawPath();
            boolean local = uri.getScheme() == null && uri.getRawAuthority() == null && path != null
                    && path.startsWith("/") && !path.startsWith("//") && !path.contains("..")
                    && !uri.getPath().startsWith("//") && uri.getPath().chars().noneMatch(c -> c < 0x21);
            return local ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
