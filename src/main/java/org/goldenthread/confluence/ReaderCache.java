package org.goldenthread.confluence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's answers kept briefly for each reader, so a page viewed again, or by the same reader in another tab, costs no
 * request to Jira. Per reader, as each reader's answer is theirs: Jira decides what they may see.
 */
final class ReaderCache {
    static final Duration KEPT_FOR = Duration.ofSeconds(60);
    private static final int MOST_ANSWERS = 2000;

    private record Kept(String body, Instant until) {
    }

    private final Clock clock;
    private final Map<String, Kept> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > MOST_ANSWERS;
        }
    };

    ReaderCache(Clock clock) {
        this.clock = clock;
    }

    synchronized Optional<String> get(String reader, String request) {
        String key = reader + "\n" + request;
        Kept kept = answers.get(key);
        if (kept == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(kept.until())) {
            answers.remove(key);
            return Optional.empty();
        }
        return Optional.of(kept.body());
    }

    synchronized void put(String reader, String request, String body) {
        answers.put(reader + "\n" + request, new Kept(body, clock.instant().plus(KEPT_FOR)));
    }
}
