package org.goldenthread.confluence;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.ApplicationType;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application link to a Jira that answers from a script: each request is recorded, and answered with the next
 * status and body, or with "authorise first". Application links cannot run outside Confluence.
 */
final class FakeJiraLink implements ApplicationLinkService, ApplicationLink, ApplicationLinkRequestFactory {
    static final URI AUTHORISE = URI.create("https://jira.example.gov.uk/oauth/authorize?token=1");

    record Sent(Request.MethodType method, String url, Map<String, String> headers, String body, String type) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private int status = 200;
    private String body = "{}";
    private boolean linked = true;
    private boolean authorised = true;
    private boolean credentialsOnRequest;

    FakeJiraLink answering(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    FakeJiraLink unlinked() {
        linked = false;
        return this;
    }

    /** The reader has not authorised Confluence: refused when the request is made, or when it is answered. */
    FakeJiraLink unauthorised(boolean whenRequested) {
        authorised = false;
        credentialsOnRequest = whenRequested;
        return this;
    }

    List<Sent> sent() {
        return sent;
    }

    @Override
    public ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type) {
        return linked && type == JiraApplicationType.class ? this : null;
    }

    @Override
    public URI getDisplayUrl() {
        return URI.create("https://jira.example.gov.uk");
    }

    @Override
    public ApplicationLinkRequestFactory createAuthenticatedRequestFactory() {
        return this;
    }

    @Override
    public ApplicationLinkRequestFactory createNonImpersonatingAuthenticatedRequestFactory() {
        return this;
    }

    @Override
    public URI getAuthorisationURI() {
        return AUTHORISE;
    }

    @Override
    public ApplicationLinkRequest createRequest(Request.MethodType method, String url)
            throws CredentialsRequiredException {
        if (!authorised && credentialsOnRequest) {
            throw new CredentialsRequiredException(this, "authorise first");
        }
        return new FakeRequest(method, url);
    }

    private final class FakeRequest implements ApplicationLinkRequest {
        private final Request.MethodType method;
        private final String url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String requestBody;
        private String contentType;

        FakeRequest(Request.MethodType method, String url) {
            this.method = method;
            this.url = url;
        }

        @Override
        public ApplicationLinkRequest setRequestBody(String body, String contentType) {
            this.requestBody = body;
            this.contentType = contentType;
            return this;
        }

        @Override
        public ApplicationLinkRequest setHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }

        @Override
        public <R> R execute(ApplicationLinkResponseHandler<R> handler) throws ResponseException {
            sent.add(new Sent(method, url, Map.copyOf(headers), requestBody, contentType));
            Response response = new Response() {
                @Override
                public int getStatusCode() {
                    return authorised ? status : 401;
                }

                @Override
                public String getResponseBodyAsString() {
                    return authorised ? body : "";
                }
            };
            return authorised ? handler.handle(response) : handler.credentialsRequired(response);
        }
    }
}
