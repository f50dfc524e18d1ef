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

    private String msg(String key, Object... args) {
        return Texts.get(lang, key, args);
    }

    /** 娄底市 2024 年度乡镇人大、街道人大工委履职检查报告 (region and years from the records). */
    String title(BatchStats stats) {
        String region = region(stats, lang);
        String years = years(stats.years);
        return msg("reportHeader.title", region.isEmpty() ? "" : msg("reportHeader.titleRegion", region),
                years.isEmpty() ? "" : msg("reportHeader.titleYears", years));
    }

    /** The city (or cities) of the records, with the county when there is only one; "" when unknown. */
    static String region(BatchStats stats, Language lang) {
        List<String> counties = new ArrayList<>(stats.byCounty.keySet());
        counties.remove(BatchStats.UNKNOWN_COUNTY);
        String city = String.join(Texts.get(lang, "reportHeader.listSeparator"), stats.cities);
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
        return generated.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + msg("reportHeader.beijingTimeUtc");
    }

    /** One line per pack: id, version, title, rules; what it extends, replaces and disables. */
    List<String> packs() {
        List<String> out = new ArrayList<>();
        for (PackInfo p : checker.packs()) {
            StringBuilder sb = new StringBuilder(p.id() + " " + p.version() + " " + p.title()
                    + msg("reportHeader.rules", p.rules()));
            if (!p.extendsIds().isEmpty()) {
                sb.append(msg("reportHeader.layeredOn")).append(String.join(msg("reportHeader.listSeparator"), p.extendsIds())).append(msg("reportHeader.layeredOnEnd"));
            }
            if (!p.replaces().isEmpty()) {
                sb.append(msg("reportHeader.replaces")).append(String.join(msg("reportHeader.listSeparator"), p.replaces()));
            }
            if (!p.disables().isEmpty()) {
                sb.append(msg("reportHeader.disables")).append(String.join(msg("reportHeader.listSeparator"), p.disables()));
            }
            if (!p.origin().startsWith("classpath:")) {
                sb.append(msg("reportHeader.from")).append(p.origin());
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
        return p.name() + msg("reportHeader.parameterMeaning", p.description()) + p.value()
                + (p.overridden() ? msg("reportHeader.default", p.defaultValue())
                : msg("reportHeader.setByPack", p.defaultFrom()));
    }

    /** The parameter file, or null. */
    String parametersFile() {
        return checker.parametersSource();
    }
}
