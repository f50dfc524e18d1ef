package org.renda.check.examples.cli;

import java.util.Map;
import java.util.TreeMap;
import org.renda.check.CheckResult;
import org.renda.check.Finding;
import org.renda.check.Severity;
import org.renda.check.Status;
import org.renda.check.Summary;

/** Counts for the summary tables of the text and HTML reports: by county and by rule. */
final class BatchStats {

    /** One county's row. */
    static final class CountyRow {
        long records;
        long checked;
        long rejected;
        long errors;
        long warnings;
    }

    /** One rule's row. */
    static final class RuleRow {
        String title;
        String pack;
        Severity severity;
        long findings;
        long records;
    }

    final Summary summary = new Summary();
    final Map<String, CountyRow> byCounty = new TreeMap<>();
    final Map<String, RuleRow> byRule = new TreeMap<>();

    void add(CheckResult r) {
        summary.add(r);
        String county = r.body() == null || r.body().county() == null ? "（未知）" : r.body().county();
        CountyRow c = byCounty.computeIfAbsent(county, k -> new CountyRow());
        c.records++;
        if (r.status() == Status.CHECKED) {
            c.checked++;
        } else {
            c.rejected++;
        }
        java.util.Set<String> rulesInRecord = new java.util.HashSet<>();
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR) {
                c.errors++;
            } else {
                c.warnings++;
            }
            RuleRow row = byRule.computeIfAbsent(f.ruleId(), k -> new RuleRow());
            row.title = f.title();
            row.pack = f.pack();
            row.severity = f.severity();
            row.findings++;
            if (rulesInRecord.add(f.ruleId())) {
                row.records++;
            }
        }
    }
}
