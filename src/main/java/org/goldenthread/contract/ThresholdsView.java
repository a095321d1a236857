package org.goldenthread.contract;

/** Where green and amber start and end (null for an open end), as exact decimals. */
public record ThresholdsView(String greenFrom, String greenTo, String amberFrom, String amberTo) {
}
