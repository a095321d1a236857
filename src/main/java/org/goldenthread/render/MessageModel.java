package org.goldenthread.render;

/**
 * An inline message shown in place of a macro's content (unknown KPI, no permission, Jira unreachable), with an
 * optional link such as "Authorise with Jira". A JavaBean for the {@code macro-message} template.
 */
public final class MessageModel {
    private final String title;
    private final String text;
    private final String linkUrl;
    private final String linkText;

    public MessageModel(String title, String text) {
        this(title, text, "", "");
    }

    public MessageModel(String title, String text, String linkUrl, String linkText) {
        this.title = title;
        this.text = text;
        this.linkUrl = linkUrl;
        this.linkText = linkText;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public String getLinkText() {
        return linkText;
    }
}
