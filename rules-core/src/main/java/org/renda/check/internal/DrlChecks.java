package org.renda.check.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renda.check.PackProblem;

/**
 * Mistakes of a rule author that the Drools compiler lets through, or reports without a usable
 * line, caught before any record is checked (so {@code validate} lists them with file:line):
 * a rule without {@code end}; a {@code package} that is not {@code renda.packs.<pack id>}; a
 * placeholder in {@code @message}/{@code @messageEn} (also one inside a {@code select} branch) that
 * the consequence never passes to {@code findings.report} (the report would print {@code {requird}}
 * as written); a template that does not parse ({@link MessageTemplate}: a select without
 * {@code other}, an unclosed branch, an unknown format), with its line and column.
 */
final class DrlChecks {

    private DrlChecks() {
    }

    private static final Pattern MESSAGE = Pattern.compile("@(message|messageEn)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"\\s*,");

    /** Adds the problems of one DRL file; returns false when its structure is too broken to compile. */
    static boolean check(String file, String packId, String text, DrlScan scan, List<PackProblem> problems) {
        for (DrlScan.Unclosed u : scan.unclosed()) {
            problems.add(new PackProblem(file, u.endDue(), u.name(), "规则 " + u.name() + "（第 " + u.line()
                    + " 行开始）缺少 end：每条规则应以单独一行的 end 结束，应在第 " + u.endDue() + " 行之后补上",
                "rule " + u.name() + " (from line " + u.line() + ") has no end: each rule ends with end on a line of its own; add it after line " + u.endDue()));
        }
        String expected = "renda.packs." + packId;
        if (scan.packageName() != null && !scan.packageName().equals(expected)) {
            problems.add(new PackProblem(file, scan.packageLine(), null, "package 应为 " + expected
                    + "（与 pack.json 中的 \"id\": \"" + packId + "\" 一致），实为 " + scan.packageName(),
                "package must be " + expected + " (matching \"id\": \"" + packId + "\" in pack.json), found " + scan.packageName()));
        }
        String[] lines = text.split("\\R", -1);
        for (DrlScan.RuleText r : scan.rules()) {
            Set<String> passed = new LinkedHashSet<>();
            Matcher k = KEY.matcher(r.rhs());
            while (k.find()) {
                passed.add(k.group(1));
            }
            int headerEnd = Math.min(lines.length, Math.max(r.line(), r.endLine()));
            for (int i = r.line() - 1; i < headerEnd; i++) {
                Matcher m = MESSAGE.matcher(lines[i]);
                while (m.find()) {
                    MessageTemplate template;
                    try {
                        template = MessageTemplate.parse(m.group(2));
                    } catch (MessageTemplate.SyntaxError e) {
                        problems.add(new PackProblem(file, i + 1, r.name(), "@" + m.group(1) + " 的格式有误（第 "
                                + (m.start(2) + e.offset() + 1) + " 列）：" + e.getMessage(),
                "@" + m.group(1) + " is malformed (column " + (m.start(2) + e.offset() + 1) + "): " + e.getMessage()));
                        continue;
                    }
                    List<String> missing = new ArrayList<>();
                    for (String name : template.names()) {
                        if (!passed.contains(name)) {
                            missing.add(name);
                        }
                    }
                    for (String name : missing) {
                        problems.add(new PackProblem(file, i + 1, r.name(), "@" + m.group(1) + " 中的 {" + name
                                + "} 没有由 then 部分的 findings.report(…) 传入值，报告中会原样显示 {" + name + "}（传入的名字："
                                + (passed.isEmpty() ? "无" : String.join("、", passed)) + near(name, passed) + "）",
                "@" + m.group(1) + ": {" + name + "} is not passed by the consequence's findings.report(…), so the report would show {" + name + "} as it stands (passed: " + (passed.isEmpty() ? "none" : String.join(", ", passed)) + ")"));
                    }
                }
            }
        }
        return scan.unclosed().isEmpty();
    }

    /** "；是不是 required？" for a name one or two edits from a passed one. */
    private static String near(String name, Set<String> passed) {
        for (String p : passed) {
            if (Suggest.distance(name, p) <= 2) {
                return "；是不是 " + p + "？";
            }
        }
        return "";
    }
}
