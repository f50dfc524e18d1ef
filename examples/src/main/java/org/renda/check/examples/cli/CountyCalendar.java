package org.renda.check.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.renda.check.Language;

/**
 * The county's own items for the duty list ({@code --calendar FILE.yaml}):
 *
 * <pre>
 * county: 双峰县            # optional, shown in the heading
 * items:
 *   - date: 2025-06-20
 *     title: 县人大常委会听取乡镇人大主席团工作汇报
 *     who: 县人大常委会办公室   # optional
 * </pre>
 *
 * Any other key, a missing date or title, or a date that is not YYYY-MM-DD is an error naming the
 * file and the place (e.g. {@code items[2].when}); nothing is written then.
 */
record CountyCalendar(String county, List<Item> items) {

    static final CountyCalendar NONE = new CountyCalendar(null, List.of());

    private static final Set<String> TOP = Set.of("county", "items");
    private static final Set<String> ITEM = Set.of("date", "title", "who");

    /** One item: a day, what happens, and who is responsible (may be null). */
    record Item(LocalDate date, String title, String who) {
    }

    /** A calendar file that cannot be used; the message says where and what was expected. */
    static final class CalendarException extends Exception {
        CalendarException(String message) {
            super(message);
        }
    }

    /** The items in a month, by date. */
    List<Item> inMonth(YearMonth month) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (YearMonth.from(i.date()).equals(month)) {
                out.add(i);
            }
        }
        out.sort(java.util.Comparator.comparing(Item::date));
        return out;
    }

    static CountyCalendar read(Path file, Language lang) throws CalendarException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new CalendarException(Texts.get(lang, "countyCalendar.cannotRead", file, firstLine(e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new CalendarException(Texts.get(lang, "countyCalendar.notAMapping", file));
        }
        unknownKeys(file, "", root, TOP, lang);
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            throw new CalendarException(Texts.get(lang, "countyCalendar.itemsNotAList", file));
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode n = items.get(i);
            String where = "items[" + i + "]";
            if (!n.isObject()) {
                throw new CalendarException(Texts.get(lang, "countyCalendar.itemNotAMapping", file, where));
            }
            unknownKeys(file, where + ".", n, ITEM, lang);
            String date = text(n, "date");
            String title = text(n, "title");
            if (date == null) {
                throw new CalendarException(Texts.get(lang, "countyCalendar.noDate", file, where));
            }
            if (title == null || title.isBlank()) {
                throw new CalendarException(Texts.get(lang, "countyCalendar.noTitle", file, where));
            }
            LocalDate d;
            try {
                d = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new CalendarException(Texts.get(lang, "countyCalendar.badDate", file, where, date));
            }
            out.add(new Item(d, title.strip(), text(n, "who")));
        }
        return new CountyCalendar(text(root, "county"), List.copyOf(out));
    }

    private static void unknownKeys(Path file, String where, JsonNode n, Set<String> allowed, Language lang)
            throws CalendarException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                List<String> names = new ArrayList<>(allowed);
                java.util.Collections.sort(names);
                throw new CalendarException(Texts.get(lang, "countyCalendar.unknownKey", file, where + k, UsageErrors.join(lang, names)));
            }
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
