package org.goldenthread.workbench.pages;

import com.atlassian.plugin.web.ContextProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.render.Xml;
import org.goldenthread.workbench.PluginDescriptor;
import org.w3c.dom.Element;

/**
 * Makes the page a blueprint creates, as Confluence does: the blueprint's content template, its variables
 * ({@code <at:var at:name="..."/>}) filled by the template's context provider from the create dialog's fields,
 * escaped unless marked {@code at:rawxhtml}.
 */
public final class BlueprintPreview {
    private static final Pattern VARIABLE = Pattern.compile("<at:var\\s+at:name=\"([^\"]+)\"(\\s+at:rawxhtml=\"true\")?"
            + "\\s*/>");
    private static final String TITLE = "ContentPageTitle";

    private final PluginDescriptor descriptor;

    public BlueprintPreview(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** The page a blueprint creates: its title and its storage format. */
    public record Page(String title, String storageFormat) {
    }

    public Page create(String blueprintKey, Map<String, Object> dialogFields) {
        Element blueprint = module("blueprint", blueprintKey);
        Element template = module("content-template", blueprint.getAttribute("content-template-key"));
        Map<String, Object> context = provider(template).getContextMap(new HashMap<>(dialogFields));
        Matcher variable = VARIABLE.matcher(resource(template));
        StringBuilder page = new StringBuilder();
        while (variable.find()) {
            Object value = context.get(variable.group(1));
            String text = value == null ? "" : value.toString();
            variable.appendReplacement(page, Matcher.quoteReplacement(variable.group(2) == null ? Xml.escape(text)
                    : text));
        }
        variable.appendTail(page);
        return new Page(String.valueOf(context.getOrDefault(TITLE, "")), page.toString());
    }

    private Element module(String type, String key) {
        return descriptor.modules(type).stream().filter(module -> module.getAttribute("key").equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the descriptor has no " + type + " " + key));
    }

    private static ContextProvider provider(Element template) {
        String type = PluginDescriptor.children(template).stream()
                .filter(child -> child.getTagName().equals("context-provider")).findFirst()
                .map(child -> child.getAttribute("class")).orElseThrow();
        try {
            ContextProvider provider = (ContextProvider) Class.forName(type).getConstructor().newInstance();
            provider.init(Map.of());
            return provider;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the context provider " + type + ": " + e, e);
        }
    }

    private static String resource(Element template) {
        String location = PluginDescriptor.children(template).stream()
                .filter(child -> child.getTagName().equals("resource")).findFirst()
                .map(child -> child.getAttribute("location")).orElseThrow();
        try (InputStream in = BlueprintPreview.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(location + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
