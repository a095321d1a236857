package org.goldenthread.workbench.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.templaterenderer.RenderingException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import org.goldenthread.render.MessageModel;
import org.goldenthread.workbench.PluginDescriptor;
import org.junit.jupiter.api.Test;

/** The templates rendered under the products' rules: escaping by reference name, and the method allowlist. */
class VelocityTemplatesTest {
    private static final Set<String> ALLOWLIST = PluginDescriptor.fromClasspath().velocityAllowlist();
    private final VelocityTemplates templates = new VelocityTemplates(ALLOWLIST);

    @Test
    void escapesEveryReferenceWhoseNameDoesNotEndInHtml() throws Exception {
        String html = render("templates/macro-message.vm", Map.of("message", new MessageModel(
                "<b>Title</b>", "\"quoted\" & <i>more</i>", "javascript:alert(1)\" onclick=\"x", "<link>")));

        assertThat(html).contains("<strong>&lt;b&gt;Title&lt;/b&gt;</strong>",
                "&quot;quoted&quot; &amp; &lt;i&gt;more&lt;/i&gt;",
                "href=\"javascript:alert(1)&quot; onclick=&quot;x\"", "&lt;link&gt;</a>");
    }

    @Test
    void refusesAMethodTheAllowlistDoesNotName() {
        assertThatThrownBy(() -> render("templates/test/calls-unlisted.vm",
                Map.of("tile", new MessageModel("a", "b"))))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("java.lang.Object#hashCode()")
                .hasMessageContaining("velocity-allowlist");
    }

    @Test
    void anUndefinedReferenceIsAnErrorNotBlankOutput() {
        assertThatThrownBy(() -> render("templates/macro-message.vm", Map.of()))
                .isInstanceOf(RenderingException.class).hasMessageContaining("$message");
    }

    @Test
    void everyAllowlistEntryNamesAPublicMethodOfTheApp() throws Exception {
        assertThat(ALLOWLIST).isNotEmpty();
        for (String entry : ALLOWLIST) {
            String type = entry.substring(0, entry.indexOf('#'));
            String name = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            assertThat(entry).as("only the app's own classes").startsWith("org.goldenthread.")
                    .endsWith("()");
            Method method = Class.forName(type).getMethod(name);
            assertThat(Modifier.isPublic(method.getModifiers())).as(entry).isTrue();
        }
    }

    @Test
    void namesAReferenceByItsLastPart() {
        assertThat(HtmlEscaping.name("$!{tile.sparklineHtml}")).isEqualTo("sparklineHtml");
        assertThat(HtmlEscaping.name("$tile.getSvgHtml()")).isEqualTo("getSvgHtml");
        assertThat(HtmlEscaping.name("$message")).isEqualTo("message");
    }

    private String render(String template, Map<String, Object> context) throws Exception {
        StringWriter out = new StringWriter();
        templates.render(template, context, out);
        return out.toString();
    }
}
