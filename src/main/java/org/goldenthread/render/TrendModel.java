package org.goldenthread.render;

import java.util.Base64;
import java.util.List;

/**
 * What the {@code kpi-trend} template shows: the graph (inline SVG on pages; a PNG for PDF, Word and email, which drop
 * inline SVG), its summary, the notes keyed to its numbers, and the data table that is its text alternative.
 */
public final class TrendModel {
    private final TrendChart chart;
    private final String elementId;
    private final boolean image;

    public TrendModel(TrendChart chart, String elementId, boolean image) {
        this.chart = chart;
        this.elementId = elementId;
        this.image = image;
    }

    public String getId() {
        return elementId;
    }

    public String getTitle() {
        return chart.title();
    }

    public String getSummary() {
        return chart.summary();
    }

    public boolean isImage() {
        return image;
    }

    public String getSvgHtml() {
        return image ? "" : SvgTrendChart.draw(chart, elementId + "-chart");
    }

    /** The PNG as a data URI, so an exporter needs no second request (and no session) to fetch it. */
    public String getPngDataUri() {
        return image ? "data:image/png;base64," + Base64.getEncoder().encodeToString(PngTrendChart.draw(chart)) : "";
    }

    public int getWidth() {
        return chart.width();
    }

    public int getHeight() {
        return chart.height();
    }

    public List<Row> getRows() {
        return chart.table().stream().map(Row::new).toList();
    }

    public List<Note> getNotes() {
        return chart.notes().stream().map(Note::new).toList();
    }

    /** One row of the data table. */
    public static final class Row {
        private final TrendChart.TableRow row;

        Row(TrendChart.TableRow row) {
            this.row = row;
        }

        public String getPeriod() {
            return row.period();
        }

        public String getValue() {
            return row.value();
        }

        public String getTarget() {
            return row.target();
        }

        public String getStatus() {
            return row.status();
        }

        public String getSpc() {
            return row.spc();
        }
    }

    /** An annotation, with the number that marks it on the graph. */
    public static final class Note {
        private final TrendChart.Note note;

        Note(TrendChart.Note note) {
            this.note = note;
        }

        public int getNumber() {
            return note.number();
        }

        public String getPeriod() {
            return note.period();
        }

        public String getText() {
            return note.text();
        }
    }
}
