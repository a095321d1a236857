package org.goldenthread.store;

import java.util.Objects;

/** The settings as stored, with the edit version a change must be made to. */
public record StoredSettings(CouncilSettings settings, int editVersion) {
    public StoredSettings {
        Objects.requireNonNull(settings, "settings");
    }
}
