package org.nottspartners.portal.core.directory;

import java.util.ArrayList;
import java.util.List;

/** What changed between two descriptions of an entry, line by line, in words. */
final class Changes {

    private Changes() {
    }

    /** "Status: Running → Temporarily closed; Ages: 0 to 4 → 0 to 5", or "Saved with no changes". */
    static String between(String before, String after) {
        String[] was = before.split("\n", -1);
        String[] now = after.split("\n", -1);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(was.length, now.length); i++) {
            String a = i < was.length ? was[i] : "";
            String b = i < now.length ? now[i] : "";
            if (!a.equals(b)) {
                int colon = b.indexOf(": ");
                String label = colon > 0 ? b.substring(0, colon) : "Entry";
                changed.add(label + ": " + value(a) + " → " + value(b));
            }
        }
        return changed.isEmpty() ? "Saved with no changes" : String.join("; ", changed);
    }

    private static String value(String line) {
        int colon = line.indexOf(": ");
        String v = colon > 0 ? line.substring(colon + 2) : line;
        if (v.isBlank()) {
            return "(none)";
        }
        return v.length() > 120 ? v.substring(0, 117) + "..." : v;
    }
}
