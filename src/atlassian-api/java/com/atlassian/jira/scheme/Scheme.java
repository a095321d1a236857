/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A scheme as Jira's scheme managers pass it. Checked against the Jira 6.3.15 source (turgaycelik/mysource,
 * jira-api), where it is a class; the app only passes one on, so only its no-argument constructor and id are
 * declared.
 */
package com.atlassian.jira.scheme;

public class Scheme {
    private Long id;

    public Scheme() {
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
