package org.goldenthread.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A proposed mid-year target amendment (TGT-04) and its decision. Approving one writes an {@link AmendmentEntity};
 * this row keeps who asked for what and why, and who decided.
 */
@Table("TARGET_PROPOSAL")
public interface TargetProposalEntity extends Entity {

    @NotNull
    @Indexed
    String getKpiKey();

    void setKpiKey(String kpiKey);

    @NotNull
    String getEffectiveFrom();

    void setEffectiveFrom(String effectiveFrom);

    String getTargetValue();

    void setTargetValue(String targetValue);

    String getBandLow();

    void setBandLow(String bandLow);

    String getBandHigh();

    void setBandHigh(String bandHigh);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    String getProposedBy();

    void setProposedBy(String proposedBy);

    @NotNull
    Date getProposedAt();

    void setProposedAt(Date proposedAt);

    /** PROPOSED, APPROVED or REJECTED. */
    @NotNull
    String getState();

    void setState(String state);

    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    Date getDecidedAt();

    void setDecidedAt(Date decidedAt);

    /** The approver's note, or why the proposal was rejected. */
    @StringLength(StringLength.UNLIMITED)
    String getDecisionNote();

    void setDecisionNote(String decisionNote);

    /** Goes up with the decision, so that a decision made against an older copy is refused. */
    int getEditVersion();

    void setEditVersion(int editVersion);
}
