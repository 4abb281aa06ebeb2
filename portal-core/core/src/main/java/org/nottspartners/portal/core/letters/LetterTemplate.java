package org.nottspartners.portal.core.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A council's letter template: a first line "Subject: ...", then paragraphs separated by blank lines, with
 * {@code ${name}} placeholders. Every placeholder must be given a value, so that no letter goes out with a
 * gap in it.
 */
public record LetterTemplate(String subject, List<String> paragraphs) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");

    /**
     * The problems with a template a council's administrator wrote, in plain words: it must start with
     * "Subject:", have a body, and use only the placeholders the portal fills ({@code placeholders}). None when
     * it is right.
     */
    public static List<String> problems(String text, java.util.Set<String> placeholders) {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return List.of("Write the letter: a first line 'Subject: ...', then its paragraphs");
        }
        if (text.length() > 20_000) {
            problems.add("A letter template has at most 20,000 characters");
        }
        try {
            if (parse(text).paragraphs().isEmpty()) {
                problems.add("Write the letter's paragraphs after the subject line");
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        Matcher m = Pattern.compile("\\$\\{([^}]*)}").matcher(text);
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        while (m.find()) {
            if (!placeholders.contains(m.group(1))) {
                unknown.add("${" + m.group(1) + "}");
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("The portal has no value for " + String.join(", ", unknown) + "; use only: "
                    + placeholders.stream().sorted().map(p -> "${" + p + "}").collect(java.util.stream.Collectors.joining(", ")));
        }
        return problems;
    }

    public static LetterTemplate parse(String text) {
        String normalised = text.replace("\r\n", "\n").strip();
        int firstBreak = normalised.indexOf('\n');
        String first = firstBreak < 0 ? normalised : normalised.substring(0, firstBreak);
        if (!first.startsWith("Subject:")) {
            throw new IllegalArgumentException("A letter template starts with a line 'Subject: ...'");
        }
        String body = firstBreak < 0 ? "" : normalised.substring(firstBreak + 1).strip();
        List<String> paragraphs = new ArrayList<>();
        for (String p : body.split("\n\\s*\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip().replaceAll("\\s*\n\\s*", " "));
            }
        }
        return new LetterTemplate(first.substring("Subject:".length()).strip(), paragraphs);
    }

    /** The letter with every placeholder filled; refused if a placeholder has no value. */
    public LetterTemplate fill(Map<String, String> values) {
        return new LetterTemplate(fill(subject, values), paragraphs.stream().map(p -> fill(p, values)).toList());
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("The letter template needs a value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
