package org.goldenthread.jira;

/** The names of Golden Thread's custom fields in Jira, as JQL and the workflow's screens name them. */
public final class FieldNames {
    /** On a KPI issue: the status of its latest published figure. */
    public static final String KPI_STATUS = "KPI status";
    public static final String DIRECTORATE = "Directorate";
    /** On a KPI issue: the officer accountable for it. */
    public static final String KPI_OWNER = "KPI owner";
    /** On a KPI issue: its latest published figure. */
    public static final String LATEST_VALUE = "Latest value";
    /** On a KPI issue: its latest published figure against the period before. */
    public static final String DIRECTION_OF_TRAVEL = "Direction of travel";
    /** On a KPI Update issue: the period's figure as the service manager enters it. */
    public static final String KPI_VALUE = "KPI value";
    public static final String KPI_COMMENTARY = "KPI commentary";
    public static final String DATA_QUALITY = "Data quality";

    private FieldNames() {
    }
}
