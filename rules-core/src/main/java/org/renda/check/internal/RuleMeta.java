package org.renda.check.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renda.check.Language;
import org.renda.check.PackProblem;
import org.renda.check.RuleInfo;
import org.renda.check.Severity;
import org.renda.check.model.BodyKind;
import org.renda.check.model.Section;

/**
 * A rule's metadata as declared in its DRL ({@code @id}, {@code @severity}, {@code @title}, …),
 * parsed and validated once when the checker is built. See the author guide for each key.
 *
 * <p>Two keys say from when a rule applies (the law in force on the day): {@code @fromYear("2025")}
 * — records of an earlier year are outside the rule (neither checked nor listed as not checked);
 * {@code @appliesFrom("2022-03-12")} — the duty exists from that day: a record whose year ends before
 * it is outside the rule, and an event dated before it (the event date the consequence reports) is
 * no finding.
 */
public record RuleMeta(String id, String pack, Severity severity, String title, String titleEn, String message,
                       String messageEn, String remedy, String remedyEn, String basis, Set<BodyKind> appliesTo,
                       List<Section> needs, boolean yearComplete, String since, Integer fromYear, LocalDate appliesFrom,
                       String file, int line, String ruleName) {

    /** Keys every rule must declare. */
    public static final List<String> REQUIRED = List.of("id", "severity", "title", "titleEn", "message", "messageEn",
            "basis", "remedy", "remedyEn", "appliesTo", "needs", "yearComplete", "since");

    /** Reads and validates; problems are added, and null returned, when the metadata is unusable. */
    static RuleMeta parse(String pack, String file, int line, String ruleName, Map<String, Object> md,
                          LawLibrary laws, List<PackProblem> problems) {
        int before = problems.size();
        for (String key : REQUIRED) {
            if (!md.containsKey(key) || md.get(key) == null) {
                problems.add(new PackProblem(file, line, ruleName, "缺少元数据 @" + key,
                "missing metadata @" + key));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String id = str(md, "id");
        if (!id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\\d{3}")) {
            problems.add(new PackProblem(file, line, ruleName, "@id 格式应为 大写词-…-三位数字（如 SESSION-QUORUM-001），实为 " + id,
                "@id must read WORDS-…-NNN in capitals (e.g. SESSION-QUORUM-001), found " + id));
        }
        Severity severity = null;
        try {
            severity = Severity.valueOf(str(md, "severity"));
        } catch (IllegalArgumentException e) {
            problems.add(new PackProblem(file, line, ruleName, "@severity 应为 ERROR 或 WARNING，实为 " + str(md, "severity"),
                "@severity must be ERROR or WARNING, found " + str(md, "severity")));
        }
        Set<BodyKind> applies = EnumSet.noneOf(BodyKind.class);
        for (String k : split(str(md, "appliesTo"))) {
            try {
                applies.add(BodyKind.valueOf(k));
            } catch (IllegalArgumentException e) {
                problems.add(new PackProblem(file, line, ruleName, "@appliesTo 只能是 TOWNSHIP、STREET，实为 " + k,
                "@appliesTo can only be TOWNSHIP, STREET, found " + k));
            }
        }
        if (applies.isEmpty()) {
            problems.add(new PackProblem(file, line, ruleName, "@appliesTo 不能为空",
                "@appliesTo must not be empty"));
        }
        List<Section> needs = new ArrayList<>();
        for (String k : split(str(md, "needs"))) {
            Section s = Section.byJsonName(k);
            if (s == null) {
                problems.add(new PackProblem(file, line, ruleName, "@needs 中的未知部分：" + k,
                "unknown section in @needs: " + k));
            } else {
                needs.add(s);
            }
        }
        String yc = str(md, "yearComplete");
        if (!yc.equals("true") && !yc.equals("false")) {
            problems.add(new PackProblem(file, line, ruleName, "@yearComplete 应为 true 或 false，实为 " + yc,
                "@yearComplete must be true or false, found " + yc));
        }
        Integer fromYear = null;
        if (md.get("fromYear") != null) {
            try {
                fromYear = Integer.valueOf(str(md, "fromYear"));
            } catch (NumberFormatException e) {
                problems.add(new PackProblem(file, line, ruleName, "@fromYear 应为年份，实为 " + str(md, "fromYear"),
                "@fromYear must be a year, found " + str(md, "fromYear")));
            }
        }
        LocalDate appliesFrom = null;
        if (md.get("appliesFrom") != null) {
            try {
                appliesFrom = LocalDate.parse(str(md, "appliesFrom"));
            } catch (DateTimeParseException e) {
                problems.add(new PackProblem(file, line, ruleName, "@appliesFrom 应为日期 YYYY-MM-DD，实为 " + str(md, "appliesFrom"),
                "@appliesFrom must be a date YYYY-MM-DD, found " + str(md, "appliesFrom")));
            }
        }
        for (String p : laws.lint(str(md, "basis"))) {
            problems.add(new PackProblem(file, line, ruleName, p));
        }
        for (String key : List.of("title", "titleEn", "message", "messageEn", "remedy", "remedyEn", "basis", "since")) {
            if (str(md, key).isBlank()) {
                problems.add(new PackProblem(file, line, ruleName, "元数据 @" + key + " 不能为空",
                "metadata @" + key + " must not be empty"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleMeta(id, pack, severity, str(md, "title"), str(md, "titleEn"), str(md, "message"),
                str(md, "messageEn"), str(md, "remedy"), str(md, "remedyEn"), str(md, "basis"), applies,
                List.copyOf(needs), yc.equals("true"), str(md, "since"), fromYear, appliesFrom, file, line, ruleName);
    }

    /** The title in a language. */
    public String title(Language lang) {
        return lang == Language.EN ? titleEn : title;
    }

    public String message(Language lang) {
        return lang == Language.EN ? messageEn : message;
    }

    public String remedy(Language lang) {
        return lang == Language.EN ? remedyEn : remedy;
    }

    /** The public view. */
    public RuleInfo info(Language lang) {
        Set<String> applies = new LinkedHashSet<>();
        appliesTo.forEach(k -> applies.add(k.name()));
        List<String> needNames = new ArrayList<>();
        needs.forEach(s -> needNames.add(s.jsonName()));
        return new RuleInfo(id, pack, severity, title(lang), basis, applies, needNames, yearComplete, since,
                remedy(lang), file, fromYear, appliesFrom);
    }

    /** Metadata values come back quoted from the executable model; strip quotes either way. */
    static String str(Map<String, Object> md, String key) {
        Object v = md.get(key);
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("[,，\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
