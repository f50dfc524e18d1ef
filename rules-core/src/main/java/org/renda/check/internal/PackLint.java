package org.renda.check.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.renda.check.PackProblem;

/**
 * The trusted-pack guard. DRL can run any Java with the JVM's rights, so before a pack loads its
 * text is checked: imports only from the fact model, {@code java.time} and {@code java.util}; the
 * only global is {@code findings}; no {@code function}, no {@code eval}; consequences that only call
 * {@code findings.report(…)}; none of the tokens that reach the file system, processes, reflection
 * or the engine itself.
 *
 * <p>This is a guard against mistakes and casual misuse, <strong>not a sandbox</strong>: a
 * determined author can write code it does not recognise. Run only packs whose SHA-256 you trust
 * (the report records it).
 */
public final class PackLint {

    private static final Pattern ALLOWED_IMPORT = Pattern.compile(
            "import\\s+(function\\s+|static\\s+)?(org\\.renda\\.check\\.model|java\\.time|java\\.util)(\\.[A-Za-z_][A-Za-z0-9_]*)*(\\.\\*)?\\s*;?");
    private static final Pattern ALLOWED_GLOBAL = Pattern.compile(
            "global\\s+(org\\.renda\\.check\\.model\\.)?Findings\\s+findings\\s*;?");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(System|Runtime|ProcessBuilder|Thread|ClassLoader|Class\\s*\\.\\s*forName|getClass|reflect|java\\s*\\.\\s*(io|nio|net|lang)|javax|sun|org\\s*\\.\\s*(kie|drools)|drools|kcontext\\s*\\.|eval\\s*\\(|insert|insertLogical|retract|delete|update|modify|exit|halt)\\b");
    private static final Pattern REPORT_CALL = Pattern.compile("findings\\s*\\.\\s*report\\s*\\(");

    private PackLint() {
    }

    /** Adds a problem for every breach found in one DRL file. */
    public static void lint(String file, DrlScan scan, List<PackProblem> problems) {
        for (DrlScan.Line l : scan.imports()) {
            if (!ALLOWED_IMPORT.matcher(l.text()).matches()) {
                problems.add(new PackProblem(file, l.number(), null,
                        "不允许的 import：" + l.text() + "（规则包只能引用事实模型 org.renda.check.model、java.time 与 java.util）"));
            }
        }
        for (DrlScan.Line l : scan.globals()) {
            if (!ALLOWED_GLOBAL.matcher(l.text()).matches()) {
                problems.add(new PackProblem(file, l.number(), null,
                        "不允许的 global：" + l.text() + "（只允许 global Findings findings）"));
            }
        }
        for (DrlScan.Line l : scan.functions()) {
            problems.add(new PackProblem(file, l.number(), null, "规则包中不允许定义 function（可执行任意 Java 代码）"));
        }
        for (DrlScan.RuleText r : scan.rules()) {
            String lhs = DrlScan.blankStrings(r.lhs());
            if (FORBIDDEN.matcher(lhs).find()) {
                problems.add(new PackProblem(file, r.line(), r.name(),
                        "条件中含有不允许的代码：" + firstMatch(lhs)));
            }
            String rhs = DrlScan.blankStrings(r.rhs());
            String rest = removeReportCalls(rhs);
            if (rest == null || !rest.isBlank()) {
                problems.add(new PackProblem(file, r.rhsLine(), r.name(),
                        "结论（then）只能调用 findings.report(...)，发现其他语句：" + (rest == null ? "括号不匹配" : rest.strip())));
            } else if (FORBIDDEN.matcher(rhs.replace("findings.report", "")).find()) {
                problems.add(new PackProblem(file, r.rhsLine(), r.name(),
                        "结论（then）的参数中含有不允许的代码：" + firstMatch(rhs.replace("findings.report", ""))));
            } else if (rhs.contains("new ")) {
                problems.add(new PackProblem(file, r.rhsLine(), r.name(), "结论（then）中不允许创建对象（new）"));
            }
        }
    }

    private static String firstMatch(String s) {
        java.util.regex.Matcher m = FORBIDDEN.matcher(s);
        return m.find() ? m.group() : "";
    }

    /** The RHS with every {@code findings.report(...);} removed, or null on unbalanced parentheses. */
    private static String removeReportCalls(String rhs) {
        StringBuilder rest = new StringBuilder();
        int i = 0;
        java.util.regex.Matcher m = REPORT_CALL.matcher(rhs);
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
            }
            i = j;
        }
        rest.append(rhs.substring(i));
        return rest.toString();
    }
}
