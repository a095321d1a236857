package org.goldenthread.contract;

/** A step of an action plan, with its due date ({@code 2026-01-31}) and whether it is done. */
public record MilestoneView(String title, String due, boolean done) {
}
