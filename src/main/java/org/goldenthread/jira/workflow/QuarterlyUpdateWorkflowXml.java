package org.goldenthread.jira.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.update.UpdateAction;
import org.goldenthread.update.UpdateState;

/**
 * The quarterly update workflow as the jar ships it, and as one Jira imports it: a workflow names statuses and
 * screens by ids that differ between Jira instances, so the shipped file holds placeholders for them.
 */
public final class QuarterlyUpdateWorkflowXml {
    static final String RESOURCE = "/workflows/quarterly-update.xml";
    private static final Pattern PLACEHOLDER = Pattern.compile("@(status|screen):[^@]*@");

    private QuarterlyUpdateWorkflowXml() {
    }

    /** The id of the workflow action that takes the step, as the shipped workflow numbers its actions. */
    public static int actionId(UpdateAction action) {
        return switch (action) {
            case SUBMIT -> 11;
            case DATA_NOT_AVAILABLE -> 12;
            case VERIFY -> 21;
            case SIGN_OFF -> 31;
            case PUBLISH -> 41;
            case RETURN -> 51;
        };
    }

    public static String shipped() {
        try (InputStream in = QuarterlyUpdateWorkflowXml.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workflow with this Jira's status ids and screen ids in place; every placeholder must be given one. */
    public static String forInstance(Map<UpdateState, String> statusIds, Map<TransitionScreen, Long> screenIds) {
        String xml = shipped();
        for (UpdateState state : UpdateState.values()) {
            xml = xml.replace("@status:" + state.name() + "@", required(statusIds.get(state), state.label()));
        }
        for (TransitionScreen screen : TransitionScreen.values()) {
            Long id = screenIds.get(screen);
            xml = xml.replace(screen.placeholder(), required(id == null ? null : id.toString(), screen.placeholder()));
        }
        Matcher left = PLACEHOLDER.matcher(xml);
        if (left.find()) {
            throw new IllegalStateException("the workflow still holds " + left.group() + " after its ids were filled in");
        }
        return xml;
    }

    private static String required(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("no id given for " + what);
        }
        return id;
    }
}
