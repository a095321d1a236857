package org.goldenthread.csv;

/** A file that cannot be read as CSV at all; the message says why in a reader's words. */
public class CsvFormatException extends RuntimeException {
    public CsvFormatException(String message) {
        super(message);
    }
}
