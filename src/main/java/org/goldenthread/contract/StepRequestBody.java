package org.goldenthread.contract;

/**
 * A step of a period's update: {@code action} is {@code submit}, {@code verify}, {@code sign-off}, {@code publish},
 * {@code return} or {@code no-data}; {@code value} (an exact decimal string), {@code commentary} and
 * {@code dataQuality} go with a submission, {@code reason} with a return or no data; {@code version} is the update's
 * version as last seen (0 when it had none), unless an If-Match header carries it.
 */
public record StepRequestBody(String action, String value, String commentary, String dataQuality, String reason,
                              Integer version) {
}
