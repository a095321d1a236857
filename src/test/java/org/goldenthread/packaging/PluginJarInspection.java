package org.goldenthread.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every check on a built plugin jar, as one list of problems (empty when the jar is sound). */
final class PluginJarInspection {

    private PluginJarInspection() {
    }

    static List<String> problems(PluginJar jar, String pluginKey, Path testClasses, List<String> bundledPackages)
            throws Exception {
        List<String> problems = new ArrayList<>();
        problems.addAll(EntriesCheck.problems(jar, testClasses));
        problems.addAll(DescriptorCheck.problems(jar, pluginKey));
        problems.addAll(ManifestCheck.problems(jar, pluginKey, bundledPackages));
        return problems;
    }

    static String report(List<String> problems) {
        return "The plugin jar has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems);
    }
}
