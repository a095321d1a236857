package org.goldenthread.rest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.store.StoredMeasurement;

/**
 * Which figures a report shows, so a committee paper keeps showing the figures it was written about (REP-09): as
 * released now (none asked); {@code signed-off}, the figures signed off or published, never those still in progress;
 * or a date ({@code 2026-10-15}), the figures published by the end of that day, a figure published later being left
 * out as it was then. The caller's own right to see a figure still applies. A figure restated since it was published
 * shows as restated now, and as first published in a report as published.
 */
final class AsPublished {
    static final AsPublished NOW = new AsPublished(Mode.NOW, null);
    private static final Set<String> SIGNED_OFF_OR_LATER = Set.of("SIGNED_OFF", FigureRelease.PUBLISHED);

    private enum Mode { NOW, SIGNED_OFF, ON }

    private final Mode mode;
    private final LocalDate date;

    private AsPublished(Mode mode, LocalDate date) {
        this.mode = mode;
        this.date = date;
    }

    static AsPublished parse(String text) {
        if (text == null || text.isBlank()) {
            return NOW;
        }
        if (text.strip().equalsIgnoreCase("signed-off")) {
            return new AsPublished(Mode.SIGNED_OFF, null);
        }
        try {
            return new AsPublished(Mode.ON, LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("asPublished", "asPublished must be signed-off or a date like 2026-10-15, "
                    + "but is '" + text + "'");
        }
    }

    /** True if the row's figure is one this view shows (before the caller's own right to see it is checked). */
    boolean shows(StoredMeasurement row, ZoneId zone) {
        return switch (mode) {
            case NOW -> true;
            case SIGNED_OFF -> SIGNED_OFF_OR_LATER.contains(row.updateState());
            case ON -> publishedBy(row, zone);
        };
    }

    /**
     * The row's figure as this view shows it: as restated now, or as it was published in a report as published (the
     * row still says it has since been restated).
     */
    StoredMeasurement figure(StoredMeasurement row) {
        return mode == Mode.NOW ? row : row.asPublished();
    }

    /** True if the row counts as released in this view, for finding a KPI's latest period. */
    boolean released(StoredMeasurement row, ZoneId zone) {
        return mode == Mode.SIGNED_OFF ? shows(row, zone) : publishedBy(row, zone);
    }

    private boolean publishedBy(StoredMeasurement row, ZoneId zone) {
        if (!row.updateState().equals(FigureRelease.PUBLISHED)) {
            return false;
        }
        Optional<LocalDate> published = row.publishedAt().map(instant -> instant.atZone(zone).toLocalDate());
        return date == null || published.map(day -> !day.isAfter(date)).orElse(true);
    }
}
