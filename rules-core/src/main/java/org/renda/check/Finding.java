package org.renda.check;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fault found in one place of a record (问题).
 *
 * @param ruleId      the stable rule ID, e.g. {@code SESSION-QUORUM-001}
 * @param pack        the pack the rule belongs to ({@code national}, {@code hunan}, {@code loudi}, …)
 * @param severity    ERROR or WARNING
 * @param title       a one-line title
 * @param message     what is wrong, naming the concrete values
 * @param basis       the legal basis, cited for the date of the event
 * @param path        the JSON Pointer of the place in the record
 * @param remedy      what to do
 * @param fingerprint what identifies this finding across re-fillings of the record (整改跟踪): the rule
 *                    ID and the place named by the items' {@code id}s (or their natural keys), not by
 *                    array positions, e.g. {@code SESSION-QUORUM-001:/sessions/s1}; when the rule
 *                    reports several findings at one place, their reported values are appended. Equal
 *                    in two checks when the same rule fires on the same item, whatever the item's
 *                    position in its array and the language
 * @param values      the values the rule reported, by the names of its message placeholders, in the
 *                    order reported, unformatted (a {@link LocalDate}, a number, a string, a
 *                    {@link org.renda.check.model.Deadline} with its nominal and rolled-over day, a
 *                    list…); a value may be null (e.g. a reply date not filled in). Unmodifiable. The
 *                    same in every language: what {@code message} says in words, for systems to read
 * @param eventDate   the day of the event the finding is about, as the rule reported it (it decides
 *                    the version of a law cited, and for a deadline rule it is the deadline); null when
 *                    the finding is about the year as a whole
 */
public record Finding(String ruleId, String pack, Severity severity, String title, String message,
                      List<Citation> basis, String path, String remedy, String fingerprint,
                      Map<String, Object> values, LocalDate eventDate) {
    public Finding {
        basis = List.copyOf(basis);
        values = values == null || values.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A finding without reported values or event date (e.g. built by hand in a test or an adapter). */
    public Finding(String ruleId, String pack, Severity severity, String title, String message,
                   List<Citation> basis, String path, String remedy, String fingerprint) {
        this(ruleId, pack, severity, title, message, basis, path, remedy, fingerprint, Map.of(), null);
    }
}
