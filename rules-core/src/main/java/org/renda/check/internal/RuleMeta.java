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
                problems.add(Msg.problem(file, line, ruleName, "ruleMeta.missingMetadata", key));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String id = str(md, "id");
        if (!id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\\d{3}")) {
            problems.add(Msg.problem(file, line, ruleName, "ruleMeta.idMustReadWordsNnn", id));
        }
        Severity severity = null;
        try {
            severity = Severity.valueOf(str(md, "severity"));
        } catch (IllegalArgumentException e) {
            problems.add(Msg.problem(file, line, ruleName, "ruleMeta.severityMustErrorOrWarning", str(md, "severity")));
        }
        Set<BodyKind> applies = EnumSet.noneOf(BodyKind.class);
        for (String k : split(str(md, "appliesTo"))) {
            try {
                applies.add(BodyKind.valueOf(k));
            } catch (IllegalArgumentException e) {
                problems.add(Msg.problem(file, line, ruleName, "ruleMeta.appliestoCanOnlyTownshipStreet", k));
            }
        }
        if (applies.isEmpty()) {
            problems.add(Msg.problem(file, line, ruleName, "ruleMeta.appliestoMustNotEmpty"));
        }
        List<Section> needs = new ArrayList<>();
        for (String k : split(str(md, "needs"))) {
            Section s = Section.byJsonName(k);
            if (s == null) {
                problems.add(Msg.problem(file, line, ruleName, "ruleMeta.unknownSectionNeeds", k));
            } else {
                needs.add(s);
            }
        }
        String yc = str(md, "yearComplete");
        if (!yc.equals("true") && !yc.equals("false")) {
            problems.add(Msg.problem(file, line, ruleName, "ruleMeta.yearcompleteMustTrueOrFalse", yc));
        }
        Integer fromYear = null;
        if (md.get("fromYear") != null) {
            try {
                fromYear = Integer.valueOf(str(md, "fromYear"));
            } catch (NumberFormatException e) {
                problems.add(Msg.problem(file, line, ruleName, "ruleMeta.fromyearMustYearFound", str(md, "fromYear")));
            }
        }
        LocalDate appliesFrom = null;
        if (md.get("appliesFrom") != null) {
            try {
                appliesFrom = LocalDate.parse(str(md, "appliesFrom"));
            } catch (DateTimeParseException e) {
                problems.add(Msg.problem(file, line, ruleName, "ruleMeta.appliesfromMustDateYyyyMm", str(md, "appliesFrom")));
            }
        }
        for (Msg.Text p : laws.lint(str(md, "basis"))) {
            problems.add(Msg.problem(file, line, ruleName, p));
        }
        for (String key : List.of("title", "titleEn", "message", "messageEn", "remedy", "remedyEn", "basis", "since")) {
            if (str(md, key).isBlank()) {
                problems.add(Msg.problem(file, line, ruleName, "ruleMeta.metadataMustNotEmpty", key));
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
