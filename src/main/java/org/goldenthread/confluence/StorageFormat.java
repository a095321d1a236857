package org.goldenthread.confluence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds macros in Confluence storage format ({@code <ac:structured-macro ac:name="kpi-tile">} with its
 * {@code <ac:parameter ac:name="kpi">} children, nested in other macros or not) without a full parse, so the first
 * macro on a page can see the rest.
 */
public final class StorageFormat {
    /** HTML's named characters that storage format uses, with their code points. */
    public static final Map<String, Integer> NAMED_CHARACTERS = Map.ofEntries(Map.entry("nbsp", 160),
            Map.entry("ndash", 8211), Map.entry("mdash", 8212), Map.entry("lsquo", 8216), Map.entry("rsquo", 8217),
            Map.entry("ldquo", 8220), Map.entry("rdquo", 8221), Map.entry("hellip", 8230), Map.entry("pound", 163),
            Map.entry("euro", 8364), Map.entry("copy", 169), Map.entry("middot", 183), Map.entry("bull", 8226),
            Map.entry("times", 215), Map.entry("deg", 176), Map.entry("frac12", 189), Map.entry("rarr", 8594),
            Map.entry("larr", 8592), Map.entry("uarr", 8593), Map.entry("darr", 8595));
    private static final Map<String, Integer> XML_CHARACTERS = Map.of("amp", 38, "lt", 60, "gt", 62, "quot", 34,
            "apos", 39);
    private static final Pattern TAG = Pattern.compile(
            "<ac:structured-macro\\b([^>]*?)(/?)>|</ac:structured-macro\\s*>");
    private static final Pattern NAME = Pattern.compile("\\bac:name\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PARAMETER = Pattern.compile(
            "<ac:parameter\\b([^>]*?)(?:/>|>(.*?)</ac:parameter>)", Pattern.DOTALL);
    private static final Pattern CHARACTER = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);");

    private StorageFormat() {
    }

    /** A macro as found: where it starts and ends in the page, and how deep it is nested in other macros. */
    private record Found(int start, int end, int depth, MacroOnPage macro) {
    }

    private record Open(int start, int bodyStart, String name, int depth) {
    }

    /** The macros of the given names in the page, nested or not, in page order. */
    public static List<MacroOnPage> macros(String storageFormat, Set<String> names) {
        if (storageFormat == null) {
            return List.of();
        }
        return scan(storageFormat).stream().filter(found -> names.contains(found.macro().name()))
                .map(Found::macro).toList();
    }

    /**
     * The page with each macro that is not inside another replaced by what {@code execute} makes of it, executed one
     * at a time in page order, as Confluence does.
     */
    public static String replaceMacros(String storageFormat, Function<MacroOnPage, String> execute) {
        StringBuilder page = new StringBuilder(storageFormat.length());
        int copied = 0;
        for (Found found : scan(storageFormat)) {
            if (found.depth() == 0) {
                page.append(storageFormat, copied, found.start()).append(execute.apply(found.macro()));
                copied = found.end();
            }
        }
        return page.append(storageFormat.substring(copied)).toString();
    }

    private static List<Found> scan(String page) {
        List<Found> found = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(page);
        while (tag.find()) {
            if (tag.group(1) == null) {
                Open macro = open.poll();
                if (macro != null) {
                    String body = withoutNested(page, macro, tag.start(), found);
                    found.add(new Found(macro.start(), tag.end(), macro.depth(),
                            new MacroOnPage(macro.name(), parameters(body))));
                }
            } else if (!tag.group(2).isEmpty()) {
                found.add(new Found(tag.start(), tag.end(), open.size(), new MacroOnPage(name(tag.group(1)),
                        Map.of())));
            } else {
                open.push(new Open(tag.start(), tag.end(), name(tag.group(1)), open.size()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The macro's body without the macros nested in it, whose parameters are their own. */
    private static String withoutNested(String page, Open macro, int bodyEnd, List<Found> found) {
        StringBuilder body = new StringBuilder();
        int at = macro.bodyStart();
        List<Found> children = found.stream().filter(child -> child.depth() == macro.depth() + 1
                && child.start() >= macro.bodyStart() && child.end() <= bodyEnd)
                .sorted(Comparator.comparingInt(Found::start)).toList();
        for (Found child : children) {
            body.append(page, at, child.start());
            at = child.end();
        }
        return body.append(page, at, bodyEnd).toString();
    }

    private static String name(String attributes) {
        Matcher name = NAME.matcher(attributes);
        return name.find() ? name.group(1) : "";
    }

    private static Map<String, String> parameters(String body) {
        Map<String, String> parameters = new HashMap<>();
        Matcher parameter = PARAMETER.matcher(body);
        while (parameter.find()) {
            String value = parameter.group(2) == null ? "" : characters(parameter.group(2).strip());
            parameters.putIfAbsent(name(parameter.group(1)), value);
        }
        return parameters;
    }

    /** Text with its character references ({@code &amp;}, {@code &#8217;}, {@code &rsquo;}) turned into characters. */
    private static String characters(String text) {
        Matcher reference = CHARACTER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (reference.find()) {
            reference.appendReplacement(out, Matcher.quoteReplacement(character(reference.group(1))
                    .orElse(reference.group())));
        }
        return reference.appendTail(out).toString();
    }

    private static Optional<String> character(String name) {
        try {
            Integer code = name.startsWith("#x") ? Integer.valueOf(name.substring(2), 16)
                    : name.startsWith("#") ? Integer.valueOf(name.substring(1))
                    : XML_CHARACTERS.getOrDefault(name, NAMED_CHARACTERS.get(name));
            return code == null ? Optional.empty() : Optional.of(new String(Character.toChars(code)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
