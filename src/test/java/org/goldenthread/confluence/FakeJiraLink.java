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
final class FakeJiraLink implements ApplicationLinkService, ApplicationLink {
    static final URI AUTHORISE = URI.create("https://jira.example.gov.uk/oauth/authorize?token=1");
    private static final String READING = "rest/golden-thread/1.0/reading";

    /** A report request Jira received, and whether it came as the reader or as the link itself. */
    record Sent(Request.MethodType method, String url, Map<String, String> headers, String body, String type,
                boolean asReader) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private int status = 200;
    private String body = "{}";
    private String readMode = "JIRA_ACCOUNTS";
    private int readingRequests;
    private boolean linked = true;
    private boolean authorised = true;
    private boolean credentialsOnRequest;
    private boolean nonImpersonating = true;

    FakeJiraLink answering(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    /** Jira says the council reads reports in reporting mode. */
    FakeJiraLink reportingMode() {
        readMode = "REPORTING";
        return this;
    }

    /** The link has no authentication that does not act as the reader. */
    FakeJiraLink onlyImpersonating() {
        nonImpersonating = false;
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

    /** The report requests sent, leaving out those asking how to read. */
    List<Sent> sent() {
        return sent;
    }

    int readingRequests() {
        return readingRequests;
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
        return new Factory(true);
    }

    @Override
    public ApplicationLinkRequestFactory createNonImpersonatingAuthenticatedRequestFactory() {
        return nonImpersonating ? new Factory(false) : null;
    }

    private final class Factory implements ApplicationLinkRequestFactory {
        private final boolean asReader;

        Factory(boolean asReader) {
            this.asReader = asReader;
        }

        @Override
        public URI getAuthorisationURI() {
            return AUTHORISE;
        }

        @Override
        public ApplicationLinkRequest createRequest(Request.MethodType method, String url)
                throws CredentialsRequiredException {
            if (asReader && !authorised && credentialsOnRequest) {
                throw new CredentialsRequiredException(this, "authorise first");
            }
            return new FakeRequest(method, url, asReader);
        }
    }

    private final class FakeRequest implements ApplicationLinkRequest {
        private final Request.MethodType method;
        private final String url;
        private final boolean asReader;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String requestBody;
        private String contentType;

        FakeRequest(Request.MethodType method, String url, boolean asReader) {
            this.method = method;
            this.url = url;
            this.asReader = asReader;
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
            if (url.equals(READING)) {
                readingRequests++;
                return handler.handle(answer(200, "{\"councillorReadMode\":\"" + readMode
                        + "\",\"publicReporting\":true}"));
            }
            sent.add(new Sent(method, url, Map.copyOf(headers), requestBody, contentType, asReader));
            boolean refused = asReader && !authorised;
            Response response = refused ? answer(401, "") : answer(status, body);
            return refused ? handler.credentialsRequired(response) : handler.handle(response);
        }

        private static Response answer(int status, String body) {
            return new Response() {
                @Override
                public int getStatusCode() {
                    return status;
                }

                @Override
                public String getResponseBodyAsString() {
                    return body;
                }
            };
        }
    }
}
