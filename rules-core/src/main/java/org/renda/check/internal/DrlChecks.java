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
            problems.add(Msg.problem(file, u.endDue(), u.name(), "drlChecks.ruleFromLineHasNo", u.name(), u.line(), u.endDue()));
        }
        String expected = "renda.packs." + packId;
        if (scan.packageName() != null && !scan.packageName().equals(expected)) {
            problems.add(Msg.problem(file, scan.packageLine(), null, "drlChecks.packageMustMatchingIdPack", expected, packId, scan.packageName()));
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
                        problems.add(Msg.problem(file, i + 1, r.name(), "drlChecks.malformedColumn", m.group(1), (m.start(2) + e.offset() + 1), e.text()));
                        continue;
                    }
                    List<String> missing = new ArrayList<>();
                    for (String name : template.names()) {
                        if (!passed.contains(name)) {
                            missing.add(name);
                        }
                    }
                    for (String name : missing) {
                        problems.add(Msg.problem(file, i + 1, r.name(), "drlChecks.placeholderNotPassed", m.group(1), name,
                                passed.isEmpty() ? new Msg.Text("drlChecks.noneNamed") : new Msg.Joined(passed), near(name, passed)));
                    }
                }
            }
        }
        return scan.unclosed().isEmpty();
    }

    /** "；是不是 required？" for a name one or two edits from a passed one. */
    private static Msg.Localized near(String name, Set<String> passed) {
        for (String p : passed) {
            if (Suggest.distance(name, p) <= 2) {
                return new Msg.Text("drlChecks.didYouMean", p);
            }
        }
        return Msg.when(false, null);
    }
}
