package org.goldenthread.workbench.pages;

/** A page file that is not well-formed storage format: where, and what is wrong. */
public final class StorageFormatException extends Exception {
    private final int line;
    private final int column;

    StorageFormatException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
