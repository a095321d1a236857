package org.goldenthread.confluence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds macros in Confluence storage format ({@code <ac:structured-macro ac:name="kpi-tile">} with its
 * {@code <ac:parameter ac:name="kpi">} children) without a full parse, so the first macro on a page can see the rest.
 */
public final class StorageFormat {
    private static final Pattern MACRO = Pattern.compile(
            "<ac:structured-macro\\b([^>]*?)(/>|>(.*?)</ac:structured-macro>)", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\bac:name\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PARAMETER = Pattern.compile(
            "<ac:parameter\\b[^>]*?\\bac:name\\s*=\\s*\"([^\"]*)\"[^>]*>(.*?)</ac:parameter>", Pattern.DOTALL);

    private StorageFormat() {
    }

    /** The macros of the given names in the page, in page order. */
    public static List<MacroOnPage> macros(String storageFormat, Set<String> names) {
        List<MacroOnPage> found = new ArrayList<>();
        if (storageFormat == null) {
            return found;
        }
        Matcher macro = MACRO.matcher(storageFormat);
        while (macro.find()) {
            Matcher name = NAME.matcher(macro.group(1));
            if (name.find() && names.contains(name.group(1))) {
                found.add(new MacroOnPage(name.group(1), parameters(macro.group(3))));
            }
        }
        return found;
    }

    /**
     * The page with each macro replaced by what {@code execute} makes of it, executed one at a time in page order, as
     * Confluence does.
     */
    public static String replaceMacros(String storageFormat, Function<MacroOnPage, String> execute) {
        Matcher macro = MACRO.matcher(storageFormat);
        StringBuilder page = new StringBuilder(storageFormat.length());
        while (macro.find()) {
            Matcher name = NAME.matcher(macro.group(1));
            String output = execute.apply(new MacroOnPage(name.find() ? name.group(1) : "",
                    parameters(macro.group(3))));
            macro.appendReplacement(page, Matcher.quoteReplacement(output));
        }
        macro.appendTail(page);
        return page.toString();
    }

    private static Map<String, String> parameters(String body) {
        Map<String, String> parameters = new HashMap<>();
        if (body != null) {
            Matcher parameter = PARAMETER.matcher(body);
            while (parameter.find()) {
                parameters.putIfAbsent(parameter.group(1), unescape(parameter.group(2).strip()));
            }
        }
        return parameters;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
