package org.renda.check.examples.cli;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.renda.check.Checker;
import org.renda.check.Language;
import org.renda.check.PackInfo;
import org.renda.check.ParameterInfo;

/**
 * What the text and HTML reports open with: the title with year and region, the time (Asia/Shanghai),
 * the packs with their versions and layers, and the parameters that differ from their defaults with
 * the parameter file's name.
 */
final class ReportHeader {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Checker checker;
    private final Language lang;
    private final ZonedDateTime generated;

    ReportHeader(Checker checker, Language lang) {
        this.checker = checker;
        this.lang = lang;
        this.generated = ZonedDateTime.now(BEIJING);
    }

    private String t(String zh, String en) {
        return lang == Language.EN ? en : zh;
    }

    /** 娄底市 2024 年度乡镇人大、街道人大工委履职检查报告 (region and years from the records). */
    String title(BatchStats stats) {
        String region = region(stats);
        String years = years(stats.years);
        if (lang == Language.EN) {
            return "Compliance report of township congresses and street committees"
                    + (years.isEmpty() ? "" : ", " + years) + (region.isEmpty() ? "" : ", " + region);
        }
        return (region.isEmpty() ? "" : region + " ") + (years.isEmpty() ? "" : years + " 年度") + "乡镇人大、街道人大工委履职检查报告";
    }

    /** The city (or cities) of the records, with the county when there is only one; "" when unknown. */
    static String region(BatchStats stats) {
        List<String> counties = new ArrayList<>(stats.byCounty.keySet());
        counties.remove("（未知）");
        String city = String.join("、", stats.cities);
        if (counties.size() == 1 && stats.cities.size() <= 1) {
            return city + counties.get(0);
        }
        return city;
    }

    static String years(Set<Integer> years) {
        if (years.isEmpty()) {
            return "";
        }
        int first = years.iterator().next();
        int last = first;
        for (int y : years) {
            last = y;
        }
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    /** 2026-12-01 20:40（北京时间）. */
    String time() {
        return generated.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + t("（北京时间）", " (Beijing time, UTC+8)");
    }

    /** One line per pack: id, version, title, rules; what it extends, replaces and disables. */
    List<String> packs() {
        List<String> out = new ArrayList<>();
        for (PackInfo p : checker.packs()) {
            StringBuilder sb = new StringBuilder(p.id() + " " + p.version() + " " + p.title()
                    + t("（" + p.rules() + " 条规则）", " (" + p.rules() + " rules)"));
            if (!p.extendsIds().isEmpty()) {
                sb.append(t("，叠加在 ", ", layered on ")).append(String.join(t("、", ", "), p.extendsIds())).append(t(" 之上", ""));
            }
            if (!p.replaces().isEmpty()) {
                sb.append(t("，替换 ", ", replaces ")).append(String.join(t("、", ", "), p.replaces()));
            }
            if (!p.disables().isEmpty()) {
                sb.append(t("，停用 ", ", disables ")).append(String.join(t("、", ", "), p.disables()));
            }
            if (!p.origin().startsWith("classpath:")) {
                sb.append(t("，来自 ", ", from ")).append(p.origin());
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** The parameters whose value is not the bundled default (a layer above or the parameter file changed it). */
    List<ParameterInfo> changedParameters() {
        List<ParameterInfo> out = new ArrayList<>();
        for (ParameterInfo p : checker.parameterInfo()) {
            if (p.overridden() || !p.defaultFrom().equals(p.pack())) {
                out.add(p);
            }
        }
        return out;
    }

    /** "minSessionHalfDays（例会会期…）= 3（默认 2）". */
    String describe(ParameterInfo p) {
        return p.name() + t("（" + p.description() + "）= ", " (" + p.description() + ") = ") + p.value()
                + (p.overridden() ? t("（默认 " + p.defaultValue() + "）", " (default " + p.defaultValue() + ")")
                : t("（由规则包 " + p.defaultFrom() + " 设定）", " (set by pack " + p.defaultFrom() + ")"));
    }

    /** The parameter file, or null. */
    String parametersFile() {
        return checker.parametersSource();
    }
}
