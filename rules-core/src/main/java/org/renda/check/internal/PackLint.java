package org.renda.check.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renda.check.PackProblem;

/**
 * The trusted-pack guard. DRL can run any Java with the JVM's rights, so before a pack loads its
 * text is checked:
 * <ul>
 *   <li>imports only from the fact model {@code org.renda.check.model}, {@code java.time} (and its
 *       {@code format} and {@code temporal} packages) and top-level {@code java.util} classes;</li>
 *   <li>the only globals are {@code Findings findings}, and the read-only {@code AnnualRecord annualRecord}
 *       and {@code Parameters params} (the engine sets them in every session; issue 16);</li>
 *   <li>no {@code function} and no {@code eval};</li>
 *   <li>every line of the file outside comments and string literals (imports aside), including rule
 *       headers such as {@code salience (…)}, is free of the tokens that reach the file system,
 *       processes, threads, reflection, class loading or the engine itself ({@link #FORBIDDEN});</li>
 *   <li>every rule has its {@code then} on a line the guard recognises, and its consequence only
 *       calls {@code findings.report(…)} and creates no object;</li>
 *   <li>no Unicode escape ({@code \}{@code uXXXX}) anywhere, since Java decodes them before
 *       parsing and they could hide any of the above.</li>
 * </ul>
 *
 * <p>This is a guard against mistakes and casual misuse, <strong>not a sandbox</strong>: a
 * determined author can write code it does not recognise. Run only packs whose SHA-256 you trust
 * (the report records it).
 */
public final class PackLint {

    private static final Pattern ALLOWED_IMPORT = Pattern.compile(
            "import\\s+(function\\s+|static\\s+)?"
                    + "(org\\.renda\\.check\\.model|java\\.time(\\.format|\\.temporal)?|java\\.util)"
                    + "(\\.[A-Z][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?|\\.\\*)\\s*;?");
    /** The global of the record being checked. */
    public static final String RECORD_GLOBAL = "annualRecord";
    /** The global of the parameter values. */
    public static final String PARAMS_GLOBAL = "params";
    private static final Pattern ALLOWED_GLOBAL = Pattern.compile(
            "global\\s+(org\\.renda\\.check\\.model\\.)?(Findings\\s+findings|AnnualRecord\\s+" + RECORD_GLOBAL
                    + "|Parameters\\s+" + PARAMS_GLOBAL + ")\\s*;?");
    /** Tokens no pack needs; matched outside comments and string literals. */
    static final Pattern FORBIDDEN = Pattern.compile("\\b("
            + "System|Runtime|ProcessBuilder|ProcessHandle|Thread|ThreadGroup|ThreadLocal|ClassLoader|getClassLoader"
            + "|Class\\s*\\.\\s*forName|getClass|class|reflect|invoke|setAccessible|getMethods?|getDeclared\\w*"
            + "|MethodHandles?|VarHandle|Unsafe|Proxy|ServiceLoader|Timer|Executors?|ExecutorService|ForkJoinPool"
            + "|CompletableFuture|ScriptEngine\\w*|Files|Paths?|FileSystems?"
            + "|java\\s*\\.\\s*(io|nio|net|lang|rmi|sql|security)|java\\s*\\.\\s*util\\s*\\.\\s*[a-z]"
            + "|javax|jdk|sun|com\\s*\\.\\s*sun|org\\s*\\.\\s*(kie|drools|mvel2)|drools|kcontext"
            + "|eval|function|insert|insertLogical|retract|delete|update|modify|exit|halt|exec)\\b");
    private static final Pattern REPORT_CALL = Pattern.compile("findings\\s*\\.\\s*report\\s*\\(");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");
    private static final Pattern NEW = Pattern.compile("\\bnew\\b");

    private PackLint() {
    }

    /** Adds a problem for every breach found in one DRL file (scanned from its text). */
    public static void lint(String file, String text, List<PackProblem> problems) {
        lint(file, text, DrlScan.of(text), problems);
    }

    /** Adds a problem for every breach found in one DRL file. */
    public static void lint(String file, String text, DrlScan scan, List<PackProblem> problems) {
        for (DrlScan.Line l : scan.imports()) {
            if (!ALLOWED_IMPORT.matcher(l.text()).matches() || FORBIDDEN.matcher(l.text()).find()) {
                problems.add(Msg.problem(file, l.number(), null, "packLint.importNotAllowedPackMay", l.text()));
            }
        }
        for (DrlScan.Line l : scan.globals()) {
            if (!ALLOWED_GLOBAL.matcher(l.text()).matches()) {
                problems.add(Msg.problem(file, l.number(), null, "packLint.globalNotAllowed", l.text()));
            }
        }
        String clean = DrlScan.stripComments(text);
        String[] rawLines = clean.split("\n", -1);
        String[] lines = DrlScan.blankStrings(clean).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            if (rawLines[i].contains("\\u")) {
                problems.add(Msg.problem(file, no, scan.ruleAt(no), "packLint.unicodeEscapesUNotAllowed"));
            }
            String t = lines[i].strip();
            if (t.startsWith("import ")) {
                continue; // checked against the allowlist above
            }
            Matcher m = FORBIDDEN.matcher(lines[i]);
            if (m.find()) {
                String token = m.group();
                problems.add(Msg.problem(file, no, scan.ruleAt(no), token.equals("function") ? "packLint.noFunction"
                        : token.equals("kcontext") ? "packLint.noKcontext" : "packLint.forbiddenCode", token));
            }
        }
        int thens = 0;
        Matcher tm = THEN.matcher(String.join("\n", lines));
        while (tm.find()) {
            thens++;
        }
        if (thens != scan.rules().size() && scan.unclosed().isEmpty()) { // a missing end is listed by DrlChecks
            problems.add(Msg.problem(file, 0, null, "packLint.ruleStructureNotRecognisedFound", scan.rules().size(), thens));
        }
        for (DrlScan.RuleText r : scan.rules()) {
            if (r.rhsLine() == 0) {
                problems.add(Msg.problem(file, r.line(), r.name(), "packLint.ruleStructureNotRecognisedThen"));
                continue;
            }
            String rhs = DrlScan.blankStrings(r.rhs());
            String rest = removeReportCalls(rhs);
            if (rest == null || !rest.isBlank()) {
                problems.add(Msg.problem(file, r.rhsLine(), r.name(), "packLint.consequenceOnlyReport",
                        rest == null ? new Msg.Text("packLint.unbalancedBrackets") : rest.strip()));
            } else if (NEW.matcher(rhs).find()) {
                problems.add(Msg.problem(file, r.rhsLine(), r.name(), "packLint.consequenceThenMayNotCreate"));
            }
        }
    }

    /** The RHS with every {@code findings.report(...);} removed, or null on unbalanced parentheses. */
    private static String removeReportCalls(String rhs) {
        StringBuilder rest = new StringBuilder();
        int i = 0;
        Matcher m = REPORT_CALL.matcher(rhs);
        while (m.find(i)) {
            rest.append(rhs, i, m.start());
            int depth = 1;
            int j = m.end();
            while (j < rhs.length() && depth > 0) {
                char c = rhs.charAt(j);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                j++;
            }
            if (depth != 0) {
                return null;
            }
            while (j < rhs.length() && Character.isWhitespace(rhs.charAt(j))) {
                j++;
            }
            if (j < rhs.length() && rhs.charAt(j) == ';') {
                j++;
            } else {
                return rhs.substring(m.start()).strip(); // report(...) followed by more than ';'
            }
            i = j;
        }
        rest.append(rhs.substring(i));
        return rest.toString();
    }
}
