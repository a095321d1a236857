package org.goldenthread.confluence;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.util.Optional;
import org.goldenthread.confluence.KpiSourceException.Problem;
import org.goldenthread.contract.ApiError;
import org.goldenthread.contract.ContractJson;

/** Reads the REST API's answers the same way over every route: the JSON of a 200, or the problem any other means. */
public final class ApiAnswers {
    private static final Gson GSON = ContractJson.gson();

    private ApiAnswers() {
    }

    /** The answer's shape, or UNREACHABLE when the body is not the JSON expected (a login page, say). */
    public static <T> T parse(String body, TypeToken<T> type) throws KpiSourceException {
        try {
            T value = GSON.fromJson(body, type);
            if (value == null) {
                throw new JsonParseException("empty answer");
            }
            return value;
        } catch (JsonParseException e) {
            throw new KpiSourceException(Problem.UNREACHABLE, "the answer was not the expected JSON");
        }
    }

    /**
     * The problem an answer other than 200 means; a refusal of what the macro asked for (400) says which parameter
     * and why, in the API's own words.
     */
    public static KpiSourceException problem(int status, String body, Problem onMissing) {
        return switch (status) {
            case 400 -> new KpiSourceException(Problem.INVALID, refusal(body).orElse("the request was refused"));
            case 401, 403 -> new KpiSourceException(Problem.NO_PERMISSION, "Jira answered " + status);
            case 404 -> new KpiSourceException(onMissing, "Jira answered 404");
            default -> new KpiSourceException(Problem.UNREACHABLE, "Jira answered " + status);
        };
    }

    private static Optional<String> refusal(String body) {
        try {
            ApiError error = GSON.fromJson(body, ApiError.class);
            return error == null || error.message() == null ? Optional.empty() : Optional.of(error.message());
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }
}
