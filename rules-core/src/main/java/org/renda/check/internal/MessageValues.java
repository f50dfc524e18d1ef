package org.renda.check.internal;

import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.renda.check.Language;
import org.renda.check.RecordFormat;
import org.renda.check.model.AcceptingBody;
import org.renda.check.model.ActivityType;
import org.renda.check.model.Deadline;
import org.renda.check.model.OfficerRole;

/**
 * How the values a rule reports read in a message, per language: dates, rolled-over deadlines,
 * month-days, lists, and enum values by their labels from the record format; and the message as a
 * sentence.
 */
public final class MessageValues {

    private MessageValues() {
    }

    /**
     * An English message begins with a capital letter, also when its template begins with a value
     * (an enum label such as "inspection" from the record schema).
     */
    public static String sentence(String message, Language lang) {
        if (lang != Language.EN || message.isEmpty() || !Character.isLowerCase(message.charAt(0))) {
            return message;
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /** Fills a message template with the reported values (see {@link MessageTemplate}); {@code fields} relative to the record. */
    public static String fill(String template, Map<String, Object> values, Language lang) {
        return MessageTemplate.of(template).fill(values, lang, "");
    }

    public static String format(Object v, Language lang) {
        if (v == null) {
            return Msg.get(lang, "messageValues.none");
        }
        if (v instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(x -> parts.add(format(x, lang)));
            return String.join(Msg.get(lang, "list.separator"), parts);
        }
        if (v instanceof MonthDay md) {
            boolean en = lang == Language.EN; // English pads to MM-DD, Chinese writes 3月1日
            return Msg.get(lang, "messageValues.monthDay", en ? String.format("%02d", md.getMonthValue()) : md.getMonthValue(),
                    en ? String.format("%02d", md.getDayOfMonth()) : md.getDayOfMonth());
        }
        if (v instanceof YearMonth ym) {
            return Msg.get(lang, "messageValues.month", lang == Language.EN ? ym : ym.getMonthValue());
        }
        if (v instanceof Deadline d) {
            if (!d.rolled()) {
                return d.date().toString();
            }
            return Msg.get(lang, "messageValues.lastDayPublicHolidayOr", d.date(), d.nominal());
        }
        if (v instanceof Enum<?> e) {
            String[] labels = ENUM_LABEL_CACHE.computeIfAbsent(e, k -> new String[] {enumLabel(k, Language.ZH), enumLabel(k, Language.EN)});
            return labels[lang == Language.EN ? 1 : 0];
        }
        return v.toString();
    }

    private static String enumLabel(Enum<?> e, Language lang) {
        if (!LABELLED_IN_MESSAGES.contains(e.getDeclaringClass())) {
            return e.name();
        }
        String label = RecordFormat.get().label(e, lang);
        return label != null ? label : e.name();
    }

    /** Each enum value's labels (zh, en), looked up once. */
    private static final Map<Enum<?>, String[]> ENUM_LABEL_CACHE = new ConcurrentHashMap<>();

    /**
     * The enum types whose values messages show by their label from the record format (the schema's
     * {@code x-enumLabels}); values of the other types are shown by name, as in the 1.0 messages.
     */
    private static final Set<Class<?>> LABELLED_IN_MESSAGES = Set.of(OfficerRole.class, AcceptingBody.class,
            ActivityType.class, org.renda.check.model.VoteMethod.class); // issue 14: no program names in Chinese text
}
