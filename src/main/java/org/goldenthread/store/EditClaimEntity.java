package org.goldenthread.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One saved version of an editable record, e.g. {@code FIGURE WST-01 2025-26-Q2 #4}: each is claimed only once. */
@Table("EDIT_CLAIM")
public interface EditClaimEntity extends Entity {

    @NotNull
    @Unique
    String getClaimKey();

    void setClaimKey(String claimKey);
}
