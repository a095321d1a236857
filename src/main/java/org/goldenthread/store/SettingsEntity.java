package org.goldenthread.store;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** The council's settings: one row, made on the first change; until then the standard settings apply. */
@Table("SETTINGS")
public interface SettingsEntity extends Entity {

    /** A percentage of target, as a canonical decimal string. */
    String getTolerancePercent();

    void setTolerancePercent(String tolerancePercent);

    /** An ISO-8601 period, such as {@code P1M}. */
    String getSubmissionLag();

    void setSubmissionLag(String submissionLag);

    /** An ISO-8601 period, such as {@code P5D}: how long after a period's end its updates open. */
    String getOpeningLag();

    void setOpeningLag(String openingLag);

    /** Status names separated by commas, such as {@code AMBER,RED}. */
    String getCommentaryStatuses();

    void setCommentaryStatuses(String commentaryStatuses);

    boolean isCommentaryOnExceptions();

    void setCommentaryOnExceptions(boolean commentaryOnExceptions);

    /** Periods in a row at amber before an action plan is required; 0 for never. */
    int getAmberPeriods();

    void setAmberPeriods(int amberPeriods);

    boolean isSeparationOfDuties();

    void setSeparationOfDuties(boolean separationOfDuties);

    boolean isPublicReporting();

    void setPublicReporting(boolean publicReporting);

    String getReadMode();

    void setReadMode(String readMode);

    String getAuthorityCode();

    void setAuthorityCode(String authorityCode);

    /** Goes up with every saved change, so that a change made against an older copy is refused. */
    int getEditVersion();

    void setEditVersion(int editVersion);
}
