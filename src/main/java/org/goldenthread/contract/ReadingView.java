package org.goldenthread.contract;

/**
 * How reports may read the API, for Confluence to follow: {@code councillorReadMode} {@code JIRA_ACCOUNTS} (each
 * reader as themselves) or {@code REPORTING} (through the application link without impersonating the reader, so that
 * councillors need no Jira account), and whether {@code publicReporting} lets anonymous readers see public KPIs.
 */
public record ReadingView(String councillorReadMode, boolean publicReporting) {
}
