package org.goldenthread.contract;

/** A period's status ({@code GREEN}, {@code RED}, {@code NOT_DUE}, ...), with its label, rule version and reason. */
public record StatusView(String status, String label, String ruleVersion, String explanation) {
}
