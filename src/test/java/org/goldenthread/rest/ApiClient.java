package org.goldenthread.rest;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.goldenthread.workbench.WorkbenchServer;

/** Calls the workbench's REST API over loopback HTTP as one of its users, or anonymously. */
public final class ApiClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final WorkbenchServer server;

    public ApiClient(WorkbenchServer server) {
        this.server = server;
    }

    public HttpResponse<String> get(String path, String user) throws Exception {
        return send(request(path, user).GET().build());
    }

    public HttpResponse<String> post(String path, String user, String contentType, byte[] body) throws Exception {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request as the user, whose password in the workbench is their name; anonymous if the user is null. */
    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                server.baseUri().resolve(URI.create("rest/golden-thread/1.0/" + path)));
        return user == null ? request : request.header("Authorization", basic(user, user));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static JsonElement json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body());
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
