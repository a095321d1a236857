package org.goldenthread.contract;

/**
 * Every error the API answers with: a short code ({@code not-found}, {@code invalid}, {@code conflict}, ...), the
 * field at fault if one is, and a sentence naming the rule.
 */
public record ApiError(String error, String field, String message) {
}
