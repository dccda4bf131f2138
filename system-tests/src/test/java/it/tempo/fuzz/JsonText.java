package it.tempo.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON text written by hand, so that it can say what a JSON library would refuse to write (lone surrogates, duplicates). */
final class JsonText {

    private static final Pattern REPEATED = Pattern.compile("(.{1,8}?)\\1{9,}", Pattern.DOTALL);

    private JsonText() {
    }

    /** A JSON string literal; control characters, quotes, backslashes and lone surrogates become escapes. */
    static String string(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (Character.isSurrogate(c) && !pairedHigh && !pairedLow)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    static String member(String name, String value) {
        return string(name) + ":" + value;
    }

    /**
     * At most {@code max} characters, for messages: a sample of a 100,000-character body is no help. Runs of a short
     * unit are written once with their count, {@code ⟨[⟩×10000}, so that what follows deep nesting shows too.
     */
    static String abbreviated(String text, int max) {
        Matcher runs = REPEATED.matcher(text);
        StringBuilder shorter = new StringBuilder();
        while (runs.find()) {
            String unit = runs.group(1);
            runs.appendReplacement(shorter, Matcher.quoteReplacement("⟨" + unit + "⟩×" + runs.group().length() / unit.length()));
        }
        runs.appendTail(shorter);
        return shorter.length() <= max ? shorter.toString() : shorter.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
