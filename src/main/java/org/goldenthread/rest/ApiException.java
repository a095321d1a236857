package org.goldenthread.rest;

/** A refusal the API answers with its own status and an {@link org.goldenthread.contract.ApiError} body. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String error;
    private final String field;

    public ApiException(int status, String error, String field, String message) {
        super(message);
        this.status = status;
        this.error = error;
        this.field = field;
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not-found", null, message);
    }

    public static ApiException unauthenticated() {
        return new ApiException(401, "unauthenticated", null, "Log in to use Golden Thread");
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "invalid", field, message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String field() {
        return field;
    }
}
