package org.goldenthread.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How many KPIs have one status, as words, a number and a share of the bar. */
public final class StatusCountModel {
    private final StatusText status;
    private final int count;
    private final int total;

    private StatusCountModel(StatusText status, int count, int total) {
        this.status = status;
        this.count = count;
        this.total = total;
    }

    /** A count per status present, in the order of {@link StatusText}. */
    public static List<StatusCountModel> of(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<StatusCountModel> models = new ArrayList<>();
        for (StatusText status : StatusText.values()) {
            Integer count = counts.get(status == StatusText.NO_FIGURE ? "NONE" : status.name());
            if (count != null && count > 0) {
                models.add(new StatusCountModel(status, count, total));
            }
        }
        return models;
    }

    public String getLabel() {
        return status.label();
    }

    public String getSymbol() {
        return status.symbol();
    }

    public String getStatusClass() {
        return status.cssClass();
    }

    public int getCount() {
        return count;
    }

    /** The share of the bar, in whole percent. */
    public int getPercent() {
        return total == 0 ? 0 : Math.round(100f * count / total);
    }
}
