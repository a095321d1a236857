package org.goldenthread.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.contract.TileView;
import org.goldenthread.contract.TilesView;

/**
 * The tiles of every KPI macro on a page, fetched in one request per period. Confluence runs a page's macros one at a
 * time; the first to ask reads the page's storage format, asks for all the page's KPIs at once, and keeps the answer
 * (or the failure, so a page of tiles waits for an unreachable Jira once) in the conversion context for the others.
 */
final class PageTiles {
    static final String PROPERTY = PageTiles.class.getName();
    static final Set<String> TILE_MACROS = Set.of("kpi-tile");

    private final Map<String, Map<String, TileView>> byView = new HashMap<>();
    private final Set<String> fetchedViews = new HashSet<>();
    private final Map<String, KpiSourceException> failedViews = new HashMap<>();

    static PageTiles of(ConversionContext context) {
        Object held = context.getProperty(PROPERTY);
        if (held instanceof PageTiles tiles) {
            return tiles;
        }
        PageTiles tiles = new PageTiles();
        context.setProperty(PROPERTY, tiles);
        return tiles;
    }

    /**
     * The KPI's tile at the period, showing the figures {@code asPublished} names, or empty where the KPI is unknown
     * or hidden from the reader.
     */
    Optional<TileView> tile(ConversionContext context, KpiSource source, String key, String period,
                            String asPublished) throws KpiSourceException {
        String view = period + "|" + asPublished;
        if (failedViews.containsKey(view)) {
            throw failedViews.get(view);
        }
        Map<String, TileView> tiles = byView.computeIfAbsent(view, v -> new HashMap<>());
        if (!tiles.containsKey(key) && fetchedViews.add(view)) {
            List<String> keys = onPage(context, period, asPublished, key).stream()
                    .filter(onPage -> !tiles.containsKey(onPage)).toList();
            try {
                fetch(source, keys, period, asPublished, tiles);
            } catch (KpiSourceException e) {
                failedViews.put(view, e);
                throw e;
            }
        }
        if (!tiles.containsKey(key)) {
            fetch(source, List.of(key), period, asPublished, tiles);
        }
        return Optional.ofNullable(tiles.get(key));
    }

    /** Fetches, in one request, those of the KPIs' tiles that this page has not fetched yet. */
    void prefetch(KpiSource source, List<String> keys, String period, String asPublished)
            throws KpiSourceException {
        Map<String, TileView> tiles = byView.computeIfAbsent(period + "|" + asPublished, v -> new HashMap<>());
        List<String> missing = keys.stream().filter(key -> !tiles.containsKey(key)).distinct().toList();
        if (!missing.isEmpty()) {
            fetch(source, missing, period, asPublished, tiles);
        }
    }

    private static List<String> onPage(ConversionContext context, String period, String asPublished, String key) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        String body = context.getEntity() == null ? null : context.getEntity().getBodyAsString();
        for (MacroOnPage macro : StorageFormat.macros(body, TILE_MACROS)) {
            if (macro.parameter("period", "latest").equals(period)
                    && macro.parameter("asPublished", "").equals(asPublished)
                    && !macro.parameter("kpi", "").isEmpty()) {
                keys.add(macro.parameter("kpi", ""));
            }
        }
        return new ArrayList<>(keys);
    }

    private static void fetch(KpiSource source, List<String> keys, String period, String asPublished,
                              Map<String, TileView> into) throws KpiSourceException {
        TilesView answer = source.tiles(keys, period, asPublished);
        Map<String, TileView> found = new LinkedHashMap<>();
        answer.tiles().forEach(tile -> found.put(tile.kpi().key(), tile));
        for (String key : keys) {
            into.put(key, found.get(key));
        }
    }
}
