/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Checked against the decompiled applinks-api 9.1.4 in ngannk-fptu/Decompiled-Files
 * (com.atlassian.applinks_applinks-api-9.1.4): a checked exception that knows where the user authorises the link.
 * Declared with its constructor and
 * getAuthorisationURI().
 */
package com.atlassian.applinks.api;

import java.net.URI;

public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private final transient AuthorisationURIGenerator generator;

    public CredentialsRequiredException(AuthorisationURIGenerator generator, String message) {
        super(message);
        this.generator = generator;
    }

    @Override
    public URI getAuthorisationURI() {
        return generator.getAuthorisationURI();
    }
}
