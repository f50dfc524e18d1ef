package org.renda.check.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DRL of the packs rewritten for the rules-only yardstick (issue 16), each step adding one
 * part of the engine's work, so that the gap between Drools and plain Java can be read by part:
 * <ul>
 *   <li>{@link #NEVER_MATCH} (E1): every rule's conditions start with {@code Object() from
 *       java.util.Collections.emptyList()}, so every fact is inserted and propagated into the
 *       rules' networks, but no partial match ever reaches the rule's own joins;</li>
 *   <li>{@link #NEVER_FIRE} (E2): the rule's real conditions, then the same empty {@code from}:
 *       every join and accumulate is evaluated, nothing is activated or fired;</li>
 *   <li>{@link #RULE_AND_PATH} (E4): the real conditions, and a consequence that reports only the
 *       rule and the JSON Pointer ({@code findings.report(<path>, null)}, the rule named by the
 *       agenda filter): the values
 *       of the message are not computed (and the messages lose their placeholders);</li>
 * </ul>
 * E3 is the DRL as written. (The pack guard forbids {@code eval}, so an empty {@code from} is the
 * "false" used here.)
 */
enum RuleVariants {
    NEVER_MATCH, NEVER_FIRE, RULE_AND_PATH;

    private static final String EMPTY = "    Object() from java.util.Collections.emptyList()\n";
    private static final Pattern WHEN = Pattern.compile("(?m)^when[ \\t]*\\R");
    private static final Pattern THEN = Pattern.compile("(?m)^then[ \\t]*\\R");
    private static final Pattern END = Pattern.compile("(?m)^end\\b");

    /** The DRL text of one file (one or more rules) rewritten for this variant. */
    String rewrite(String drl) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher when = WHEN.matcher(drl);
        while (when.find(at)) {
            Matcher then = THEN.matcher(drl);
            Matcher end = END.matcher(drl);
            if (!then.find(when.end()) || !end.find(then.end())) {
                throw new IllegalArgumentException("no then/end after when at " + when.start());
            }
            out.append(drl, at, when.end());
            String lhs = drl.substring(when.end(), then.start());
            String rhs = drl.substring(then.end(), end.start());
            switch (this) {
                case NEVER_MATCH -> out.append(EMPTY).append(lhs).append(drl, then.start(), then.end()).append(rhs);
                case NEVER_FIRE -> out.append(lhs).append(EMPTY).append(drl, then.start(), then.end()).append(rhs);
                case RULE_AND_PATH -> out.append(lhs).append(drl, then.start(), then.end())
                        .append("    findings.report(").append(pathArgument(rhs)).append(", null);\n");
            }
            at = end.start();
            when = WHEN.matcher(drl);
        }
        out.append(drl.substring(at));
        // the pack guard wants every {placeholder} of a message passed by the consequence; E4 passes
        // none (its findings are never put into words), so its messages name none
        return this == RULE_AND_PATH ? MESSAGE_PLACEHOLDER.matcher(out).replaceAll(m -> m.group(1).replace("{", "").replace("}", ""))
                : out.toString();
    }

    private static final Pattern MESSAGE_PLACEHOLDER = Pattern.compile("(?m)^(\\s*@message(?:En)?\\(.*)$");

    /** The first argument (the path) of the consequence's {@code findings.report(path, date, ...)} call. */
    static String pathArgument(String rhs) {
        int call = rhs.indexOf("findings.report(");
        if (call < 0 || rhs.indexOf("findings.report(", call + 1) >= 0) {
            throw new IllegalArgumentException("a consequence without exactly one findings.report: " + rhs);
        }
        int i = call + "findings.report(".length();
        int depth = 0;
        int start = i;
        boolean inString = false;
        for (; i < rhs.length(); i++) {
            char c = rhs.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return rhs.substring(start, i).strip();
            }
        }
        String only = rhs.substring(start, i).strip();
        if (only.isEmpty()) {
            throw new IllegalArgumentException("findings.report without a path argument: " + rhs);
        }
        return only;
    }
}
