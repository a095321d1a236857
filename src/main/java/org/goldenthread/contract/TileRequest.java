package org.goldenthread.contract;

import java.util.List;

/** The KPIs a page shows, by key, and the period ({@code latest} or omitted: each KPI's latest published one). */
public record TileRequest(List<String> keys, String period) {
}
