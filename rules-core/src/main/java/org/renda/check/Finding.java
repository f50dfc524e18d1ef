package org.renda.check;

import java.util.List;

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
 */
public record Finding(String ruleId, String pack, Severity severity, String title, String message,
                      List<Citation> basis, String path, String remedy, String fingerprint) {
    public Finding {
        basis = List.copyOf(basis);
    }
}
