package org.goldenthread.contract;

/** One problem that stopped an import: the row and column (null for the file as a whole), the value and the rule. */
public record ImportError(Integer row, String column, String value, String message) {
}
