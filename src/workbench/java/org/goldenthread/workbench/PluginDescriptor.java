package org.goldenthread.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The plugin descriptor, {@code atlassian-plugin.xml}, as the products read it: the workbench hosts the modules it
 * declares (the entities of the {@code ao} module, the packages of the {@code rest} module) rather than a list of
 * its own.
 */
public final class PluginDescriptor {
    public static final String RESOURCE = "atlassian-plugin.xml";

    private final Element root;

    private PluginDescriptor(Element root) {
        this.root = root;
    }

    /** The descriptor the build filtered onto the classpath. */
    public static PluginDescriptor fromClasspath() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new WorkbenchException(RESOURCE + " is not on the classpath: run the workbench through Maven");
            }
            return parse(in);
        } catch (IOException e) {
            throw new WorkbenchException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static PluginDescriptor parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return new PluginDescriptor(builder.parse(in).getDocumentElement());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(RESOURCE + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    public String key() {
        return root.getAttribute("key");
    }

    public Element root() {
        return root;
    }

    /** Every module: each child element of the root but {@code plugin-info}. */
    public List<Element> modules() {
        List<Element> modules = new ArrayList<>();
        for (Element child : children(root)) {
            if (!child.getTagName().equals("plugin-info")) {
                modules.add(child);
            }
        }
        return modules;
    }

    public List<Element> modules(String type) {
        return modules().stream().filter(m -> m.getTagName().equals(type)).toList();
    }

    /** The entity classes of every {@code ao} module, in declaration order. */
    public List<String> activeObjectsEntities() {
        return modules("ao").stream().flatMap(ao -> childTexts(ao, "entity").stream()).toList();
    }

    /** The packages that the {@code rest} modules scan for resources and providers. */
    public List<String> restPackages() {
        return modules("rest").stream().flatMap(rest -> childTexts(rest, "package").stream()).toList();
    }

    /** The methods the {@code velocity-allowlist} modules let templates call, as {@code class#method(types)}. */
    public Set<String> velocityAllowlist() {
        return modules("velocity-allowlist").stream().flatMap(list -> childTexts(list, "method").stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The class of each {@code xhtml-macro} module, by macro name. */
    public Map<String, String> macros() {
        Map<String, String> macros = new LinkedHashMap<>();
        modules("xhtml-macro").forEach(macro -> macros.put(macro.getAttribute("name"), macro.getAttribute("class")));
        return macros;
    }

    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    public static List<String> childTexts(Element parent, String tag) {
        return children(parent).stream()
                .filter(c -> c.getTagName().equals(tag))
                .map(c -> c.getTextContent().trim())
                .toList();
    }
}
