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
 *   <li>the only globals are {@code Findings findings}, and the read-only {@code AnnualRecord record}
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
    public static final String RECORD_GLOBAL = "record";
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
                problems.add(new PackProblem(file, l.number(), null,
                        "不允许的 import：" + l.text() + "（规则包只能引用事实模型 org.renda.check.model、java.time 与 java.util 的类）",
                "import not allowed: " + l.text() + " (a pack may only use the fact model org.renda.check.model, java.time and java.util)"));
            }
        }
        for (DrlScan.Line l : scan.globals()) {
            if (!ALLOWED_GLOBAL.matcher(l.text()).matches()) {
                problems.add(new PackProblem(file, l.number(), null,
                        "不允许的 global：" + l.text() + "（只允许 global Findings findings、global AnnualRecord record"
                                + " 与 global Parameters params）",
                "global not allowed: " + l.text() + " (only global Findings findings, global AnnualRecord record"
                        + " and global Parameters params)"));
            }
        }
        String clean = DrlScan.stripComments(text);
        String[] rawLines = clean.split("\n", -1);
        String[] lines = DrlScan.blankStrings(clean).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            if (rawLines[i].contains("\\u")) {
                problems.add(new PackProblem(file, no, scan.ruleAt(no),
                        "不允许使用 Unicode 转义（\\u…），请直接写出字符",
                "Unicode escapes (\\u…) are not allowed: write the characters themselves"));
            }
            String t = lines[i].strip();
            if (t.startsWith("import ")) {
                continue; // checked against the allowlist above
            }
            Matcher m = FORBIDDEN.matcher(lines[i]);
            if (m.find()) {
                String token = m.group();
                String what = token.equals("function") ? "规则包中不允许定义 function（可执行任意 Java 代码）"
                        : token.equals("kcontext") ? "findings.report 不再需要 kcontext 参数：请写 findings.report(位置, 事件日期, \"名字\", 值, …)"
                        : "含有不允许的代码：" + token + "（规则包只能读取事实并调用 findings.report）";
                String whatEn = token.equals("function") ? "a pack may not define a function (it could run any Java code)"
                        : token.equals("kcontext") ? "findings.report no longer takes kcontext: write findings.report(path, event date, \"name\", value, …)"
                        : "code not allowed: " + token + " (a pack may only read facts and call findings.report)";
                problems.add(new PackProblem(file, no, scan.ruleAt(no), what, whatEn));
            }
        }
        int thens = 0;
        Matcher tm = THEN.matcher(String.join("\n", lines));
        while (tm.find()) {
            thens++;
        }
        if (thens != scan.rules().size() && scan.unclosed().isEmpty()) { // a missing end is listed by DrlChecks
            problems.add(new PackProblem(file, 0, null, "规则结构无法识别：找到 " + scan.rules().size() + " 条规则、"
                    + thens + " 个 then；每条规则应以 rule \"名称\" 开头，when、then、end 各占一行",
                "rule structure not recognised: found " + scan.rules().size() + " rule(s) and " + thens + " then(s); each rule begins with rule \"name\", with when, then and end each on a line of its own"));
        }
        for (DrlScan.RuleText r : scan.rules()) {
            if (r.rhsLine() == 0) {
                problems.add(new PackProblem(file, r.line(), r.name(), "规则结构无法识别：then 应单独占一行",
                "rule structure not recognised: then must be on a line of its own"));
                continue;
            }
            String rhs = DrlScan.blankStrings(r.rhs());
            String rest = removeReportCalls(rhs);
            if (rest == null || !rest.isBlank()) {
                problems.add(new PackProblem(file, r.rhsLine(), r.name(),
                        "结论（then）只能调用 findings.report(...)，发现其他语句：" + (rest == null ? "括号不匹配" : rest.strip()),
                "the consequence (then) may only call findings.report(...); found another statement: " + (rest == null ? "unbalanced brackets" : rest.strip())));
            } else if (NEW.matcher(rhs).find()) {
                problems.add(new PackProblem(file, r.rhsLine(), r.name(), "结论（then）中不允许创建对象（new）",
                "the consequence (then) may not create objects (new)"));
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
