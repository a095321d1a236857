package org.goldenthread.contract;

import java.util.List;

/**
 * The KPIs a page shows, by key; the period ({@code latest} or omitted: each KPI's latest published one); and
 * {@code asPublished} ({@code signed-off}, a date such as {@code 2026-10-15}, or omitted for the figures as released
 * now).
 */
public record TileRequest(List<String> keys, String period, String asPublished) {
}
