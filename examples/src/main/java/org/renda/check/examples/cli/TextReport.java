package org.renda.check.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.renda.check.CheckResult;
import org.renda.check.Citation;
import org.renda.check.Finding;
import org.renda.check.InputError;
import org.renda.check.Language;
import org.renda.check.Severity;
import org.renda.check.Status;

/**
 * The report for a person at a terminal: per record, the findings grouped by severity with
 * title, message, basis and path; then summary tables by county and by rule.
 */
final class TextReport {

    private final PrintWriter out;
    private final Language lang;
    private final BatchStats stats = new BatchStats();

    TextReport(PrintWriter out, Language lang) {
        this.out = out;
        this.lang = lang;
    }

    private String t(String zh, String en) {
        return lang == Language.EN ? en : zh;
    }

    void record(CheckResult r) {
        stats.add(r);
        String who = r.recordId() != null ? r.recordId() : r.source() + " #" + r.index();
        out.println("════════════════════════════════════════════════════════════════");
        if (r.status() == Status.REJECTED) {
            out.println(t("【拒收】", "[REJECTED] ") + who);
            out.println(t("  来源：", "  source: ") + r.source() + t("，第 ", ", record ") + r.index() + t(" 条", ""));
            for (InputError e : r.errors()) {
                out.println("  ✗ " + (e.path().isEmpty() ? "/" : e.path()) + "  " + e.message());
            }
            return;
        }
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        out.println(t("【已检查】", "[CHECKED] ") + who + t("  错误 ", "  errors ") + errors + t("  警告 ", "  warnings ") + warnings);
        out.println(t("  来源：", "  source: ") + r.source());
        for (Severity s : Severity.values()) {
            List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println();
            out.println(s == Severity.ERROR ? t("  ■ 错误（违反法律法规）", "  ■ ERRORS (breaches of law)")
                    : t("  ■ 警告（规范性要求、指南或地方办法）", "  ■ WARNINGS (norms, guidelines, local measures)"));
            for (Finding f : group) {
                out.println("  • [" + f.ruleId() + "] " + f.title());
                out.println("    " + f.message());
                out.println(t("    位置：", "    where: ") + f.path());
                for (Citation c : f.basis()) {
                    out.println(t("    依据：", "    basis: ") + c.display());
                }
                out.println(t("    整改：", "    remedy: ") + f.remedy());
            }
        }
        if (!r.notChecked().isEmpty()) {
            out.println();
            out.println(t("  未检查的规则（", "  Rules not checked (") + r.notChecked().size() + t(" 条）：", "):"));
            r.notChecked().forEach(n -> out.println("    - " + n.ruleId() + "：" + n.reason()));
        }
        if (r.findings().isEmpty()) {
            out.println(t("  未发现问题。", "  No findings."));
        }
    }

    void finish() {
        out.println("════════════════════════════════════════════════════════════════");
        out.println(t("汇总", "Summary"));
        out.printf(t("  记录 %d 条：已检查 %d，拒收 %d；错误 %d，警告 %d%n", "  %d records: %d checked, %d rejected; %d errors, %d warnings%n"),
                stats.summary.records(), stats.summary.checked(), stats.summary.rejected(),
                stats.summary.findings(Severity.ERROR), stats.summary.findings(Severity.WARNING));
        out.println();
        out.println(t("按县（市、区）", "By county"));
        out.printf("  %s %6s %6s %6s %6s %6s%n", pad(t("县市区", "county"), 14), t("记录", "recs"), t("检查", "chk"),
                t("拒收", "rej"), t("错误", "err"), t("警告", "warn"));
        for (Map.Entry<String, BatchStats.CountyRow> e : stats.byCounty.entrySet()) {
            BatchStats.CountyRow c = e.getValue();
            out.printf("  %s %6d %6d %6d %6d %6d%n", pad(e.getKey(), 14), c.records, c.checked, c.rejected, c.errors, c.warnings);
        }
        if (!stats.byRule.isEmpty()) {
            out.println();
            out.println(t("按规则", "By rule"));
            out.printf("  %-28s %-8s %6s %6s  %s%n", t("规则", "rule"), t("级别", "sev"), t("问题", "finds"), t("记录", "recs"), t("标题", "title"));
            for (Map.Entry<String, BatchStats.RuleRow> e : stats.byRule.entrySet()) {
                BatchStats.RuleRow r = e.getValue();
                out.printf("  %-28s %-8s %6d %6d  %s%n", e.getKey(), r.severity, r.findings, r.records, r.title);
            }
        }
        out.flush();
    }

    BatchStats stats() {
        return stats;
    }

    /** Pads to a display width: a CJK character takes two columns. */
    static String pad(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w >= width ? s : s + " ".repeat(width - w);
    }
}
