package org.goldenthread.contract;

/**
 * A period's status ({@code GREEN}, {@code RED}, {@code NOT_DUE}, ...), with its label, rule version and reason, and
 * the performance team's override if it has one.
 */
public record StatusView(String status, String label, String ruleVersion, String explanation, OverrideView override) {
}
