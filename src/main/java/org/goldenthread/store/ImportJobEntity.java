package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A CSV import and how far it has got, kept in the database so that any node of a cluster can report it. */
@Table("IMPORT_JOB")
public interface ImportJobEntity extends Entity {

    @NotNull
    String getKind();

    void setKind(String kind);

    String getFileName();

    void setFileName(String fileName);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getJobState();

    void setJobState(String jobState);

    int getTotalRows();

    void setTotalRows(int totalRows);

    int getCreatedRows();

    void setCreatedRows(int createdRows);

    int getChangedRows();

    void setChangedRows(int changedRows);

    int getUnchangedRows();

    void setUnchangedRows(int unchangedRows);

    /** The problems found, one per line; empty for an import that succeeded. */
    @StringLength(StringLength.UNLIMITED)
    String getReport();

    void setReport(String report);

    @NotNull
    Date getStarted();

    void setStarted(Date started);

    Date getFinished();

    void setFinished(Date finished);
}
