package org.goldenthread.workbench;

/** A reason the workbench cannot start, told to the user in one line. */
public class WorkbenchException extends RuntimeException {

    public WorkbenchException(String message) {
        super(message);
    }

    public WorkbenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
