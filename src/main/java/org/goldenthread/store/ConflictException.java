package org.goldenthread.store;

/**
 * A change made against an older copy of a record than the one stored: someone else saved in between. Nothing was
 * written, and the newer data stays.
 */
public class ConflictException extends RuntimeException {
    public ConflictException(String what, int storedVersion, int expectedVersion) {
        super(what + " was changed by someone else after you opened it (it is now at version " + storedVersion
                + ", you changed version " + expectedVersion + "), so nothing was saved: reload it to see the newer "
                + "data");
    }
}
