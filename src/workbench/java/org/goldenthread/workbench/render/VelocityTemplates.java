package org.goldenthread.workbench.render;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The products' {@link TemplateRenderer}, done with Apache Velocity 2 under the products' rules: every reference is
 * HTML-escaped unless its name ends in {@code Html}, templates come from the class path, an undefined reference is an
 * error, and a call to any method the plugin's velocity allowlist does not name is refused.
 */
public final class VelocityTemplates implements TemplateRenderer {
    private final VelocityEngine engine;

    public VelocityTemplates(Set<String> allowlist) {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.class.cache", "true");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine = new VelocityEngine();
        engine.setApplicationAttribute(AllowlistUberspect.ALLOWLIST, Set.copyOf(allowlist));
        engine.init(properties);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            VelocityContext velocity = new VelocityContext(new HashMap<>(context));
            EventCartridge events = new EventCartridge();
            events.addEventHandler(new HtmlEscaping());
            events.attachToContext(velocity);
            template.merge(velocity, writer);
        } catch (VelocityException e) {
            throw new RenderingException(templateName + ": " + e.getMessage(), e);
        }
    }
}
