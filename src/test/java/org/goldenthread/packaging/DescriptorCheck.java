package org.goldenthread.packaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.packaging.ModuleTypes.ClassRequirement;
import org.goldenthread.workbench.PluginDescriptor;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks {@code atlassian-plugin.xml} inside a built jar the way a product would meet it: every class it names is in
 * the jar and is of the type its module requires, every resource and template exists, every i18n key resolves.
 * Each problem names the module it was found in.
 */
final class DescriptorCheck {
    private static final Pattern I18N_CALL = Pattern.compile("\\$i18n\\.getText\\(\\s*[\"']([^\"']+)[\"']");
    private static final Pattern PARSE = Pattern.compile("#parse\\(\\s*[\"']([^\"']+)[\"']");

    private final PluginJar jar;
    private final PluginDescriptor descriptor;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> i18nKeys = new HashSet<>();

    private DescriptorCheck(PluginJar jar, PluginDescriptor descriptor) {
        this.jar = jar;
        this.descriptor = descriptor;
    }

    static List<String> problems(PluginJar jar, String expectedKey) throws Exception {
        if (!jar.contains(PluginDescriptor.RESOURCE)) {
            return List.of(PluginDescriptor.RESOURCE + " is missing from the jar root");
        }
        DescriptorCheck check = new DescriptorCheck(jar, jar.descriptor());
        check.run(expectedKey);
        return check.problems;
    }

    private void run(String expectedKey) {
        String text = jar.text(PluginDescriptor.RESOURCE);
        if (text.contains("${")) {
            problems.add("descriptor: unfiltered Maven property left in " + PluginDescriptor.RESOURCE);
        }
        Element root = descriptor.root();
        if (!expectedKey.equals(descriptor.key())) {
            problems.add("descriptor: key is '" + descriptor.key() + "', expected '" + expectedKey + "'");
        }
        if (!"2".equals(root.getAttribute("plugins-version"))) {
            problems.add("descriptor: plugins-version must be 2, or the plugin is not an OSGi bundle");
        }
        loadI18nResources();
        checkPluginInfo(root);
        for (Element module : descriptor.modules()) {
            checkModule(module);
        }
        checkTemplates();
    }

    private void loadI18nResources() {
        List<Element> bundles = descriptor.modules("resource").stream()
                .filter(resource -> resource.getAttribute("type").equals("i18n")).toList();
        if (bundles.isEmpty()) {
            problems.add("descriptor: no i18n resource is declared");
        }
        for (Element bundle : bundles) {
            // the location is a resource bundle base name: i18n.golden-thread is i18n/golden-thread.properties
            String entry = bundle.getAttribute("location").replace('.', '/') + ".properties";
            if (jar.contains(entry)) {
                i18nKeys.addAll(jar.properties(entry).stringPropertyNames());
            } else {
                problems.add("resource " + bundle.getAttribute("name") + ": i18n bundle " + entry
                        + " is missing from the jar");
            }
        }
    }

    private void checkPluginInfo(Element root) {
        List<Element> infos = PluginDescriptor.children(root).stream()
                .filter(e -> e.getTagName().equals("plugin-info")).toList();
        if (infos.isEmpty()) {
            problems.add("plugin-info: missing");
            return;
        }
        Element info = infos.get(0);
        for (String required : List.of("description", "version", "vendor")) {
            if (PluginDescriptor.children(info).stream().noneMatch(e -> e.getTagName().equals(required))) {
                problems.add("plugin-info: <" + required + "> is missing");
            }
        }
        Set<String> params = new LinkedHashSet<>();
        for (Element param : PluginDescriptor.children(info)) {
            if (param.getTagName().equals("param")) {
                String name = param.getAttribute("name");
                params.add(name);
                String value = param.getTextContent().trim();
                if ((name.equals("plugin-icon") || name.equals("plugin-logo")) && !jar.containsResource(value)) {
                    problems.add("plugin-info: " + name + " " + value + " is missing from the jar");
                }
            }
        }
        for (String required : List.of("plugin-icon", "plugin-logo", "atlassian-data-center-status",
                "atlassian-data-center-compatible")) {
            if (!params.contains(required)) {
                problems.add("plugin-info: param " + required + " is missing");
            }
        }
    }

    private void checkModule(Element module) {
        String type = module.getTagName();
        String name = moduleName(module);
        if (!ModuleTypes.isKnown(type)) {
            problems.add(name + ": unknown module type <" + type + ">; add what it requires to ModuleTypes");
            return;
        }
        if (!type.equals("resource") && module.getAttribute("key").isBlank()) {
            problems.add(name + ": has no key");
        }
        checkRestriction(module, name);
        for (ClassRequirement requirement : ModuleTypes.requirements(type)) {
            for (String className : classNames(module, requirement)) {
                checkClass(name, className, requirement.requiredType());
            }
        }
        if (type.equals("rest")) {
            checkRestPackages(module, name);
        }
        checkNested(module, name);
    }

    private void checkRestriction(Element module, String name) {
        String product = ModuleTypes.requiredProduct(module.getTagName());
        if (product == null) {
            return;
        }
        boolean restricted = module.getAttribute("application").equals(product)
                || PluginDescriptor.children(module).stream().anyMatch(c -> c.getTagName().equals("restrict")
                        && c.getAttribute("application").equals(product));
        if (!restricted) {
            problems.add(name + ": must be restricted to " + product + " (<restrict application=\"" + product
                    + "\"/>)");
        }
    }

    private static List<String> classNames(Element module, ClassRequirement requirement) {
        if (requirement.isAttribute()) {
            String value = module.getAttribute(requirement.name());
            return value.isBlank() ? List.of() : List.of(value.trim());
        }
        return PluginDescriptor.childTexts(module, requirement.name());
    }

    private void checkClass(String module, String className, String requiredType) {
        if (!jar.contains(PluginJar.entryOf(className))) {
            problems.add(module + ": class " + className + " is not in the jar");
            return;
        }
        try {
            Set<String> supertypes = supertypes(jar.load(className));
            if (!supertypes.contains(requiredType)) {
                problems.add(module + ": class " + className + " must extend or implement " + requiredType);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(module + ": class " + className + " cannot be loaded: " + e);
        }
    }

    private void checkRestPackages(Element module, String name) {
        List<String> packages = PluginDescriptor.childTexts(module, ModuleTypes.ANNOTATED_REST_PACKAGE);
        if (packages.isEmpty()) {
            problems.add(name + ": names no <package> to scan for resources");
        }
        for (String restPackage : packages) {
            String prefix = restPackage.replace('.', '/') + "/";
            boolean hasResource = jar.classNames().stream()
                    .filter(c -> PluginJar.entryOf(c).startsWith(prefix))
                    .anyMatch(this::isRestResource);
            if (!hasResource) {
                problems.add(name + ": package " + restPackage + " holds no class annotated @Path");
            }
        }
    }

    private boolean isRestResource(String className) {
        try {
            return jar.load(className).isAnnotationPresent(jakarta.ws.rs.Path.class);
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add("class " + className + " cannot be loaded: " + e);
            return false;
        }
    }

    /** Resources, i18n keys and conditions anywhere inside the module. */
    private void checkNested(Element module, String name) {
        if (!module.getAttribute("i18n-name-key").isBlank()) {
            checkI18nKey(name, module.getAttribute("i18n-name-key"));
        }
        NodeList all = module.getElementsByTagName("*");
        List<Element> elements = new ArrayList<>();
        elements.add(module);
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        for (Element element : elements) {
            String tag = element.getTagName();
            if (ModuleTypes.I18N_KEY_ELEMENTS.contains(tag) && !element.getAttribute("key").isBlank()) {
                checkI18nKey(name, element.getAttribute("key"));
            }
            if (tag.equals("resource") && !element.getAttribute("type").equals("i18n")) {
                String location = element.getAttribute("location");
                if (!jar.containsResource(location)) {
                    problems.add(name + ": resource " + location + " is missing from the jar");
                }
            }
            String nestedType = ModuleTypes.NESTED_CLASSES.get(tag);
            if (nestedType != null && element != module && !element.getAttribute("class").isBlank()) {
                checkClass(name, element.getAttribute("class"), nestedType);
            }
        }
    }

    private void checkI18nKey(String where, String key) {
        if (!i18nKeys.contains(key)) {
            problems.add(where + ": i18n key " + key + " is not in the plugin's i18n bundle");
        }
    }

    private void checkTemplates() {
        for (String entry : jar.entries()) {
            if (!entry.endsWith(".vm")) {
                continue;
            }
            String template = jar.text(entry);
            Matcher keys = I18N_CALL.matcher(template);
            while (keys.find()) {
                checkI18nKey("template " + entry, keys.group(1));
            }
            Matcher parses = PARSE.matcher(template);
            while (parses.find()) {
                if (!jar.containsResource(parses.group(1))) {
                    problems.add("template " + entry + ": #parse target " + parses.group(1) + " is missing");
                }
            }
        }
    }

    private static String moduleName(Element module) {
        String key = module.getAttribute("key");
        String label = key.isBlank() ? module.getAttribute("name") : key;
        return "module <" + module.getTagName() + "> '" + label + "'";
    }

    private static Set<String> supertypes(Class<?> type) {
        Set<String> names = new HashSet<>();
        List<Class<?>> queue = new ArrayList<>(List.of(type));
        while (!queue.isEmpty()) {
            Class<?> next = queue.remove(queue.size() - 1);
            if (names.add(next.getName())) {
                if (next.getSuperclass() != null) {
                    queue.add(next.getSuperclass());
                }
                queue.addAll(List.of(next.getInterfaces()));
            }
        }
        return names;
    }
}
