package org.goldenthread.contract;

import java.util.List;

/** The tiles asked for, in the order asked, and the keys that name no KPI the caller may see. */
public record TilesView(List<TileView> tiles, List<String> unknown) {
}
