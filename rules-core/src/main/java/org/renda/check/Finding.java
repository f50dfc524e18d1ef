package org.renda.check;

import java.util.List;

/**
 * One fault found in one place of a record (问题).
 *
 * @param ruleId   the stable rule ID, e.g. {@code SESSION-QUORUM-001}
 * @param pack     the pack the rule belongs to ({@code national}, {@code hunan}, {@code loudi}, …)
 * @param severity ERROR or WARNING
 * @param title    a one-line title
 * @param message  what is wrong, naming the concrete values
 * @param basis    the legal basis, cited for the date of the event
 * @param path     the JSON Pointer of the place in the record
 * @param remedy   what to do
 */
public record Finding(String ruleId, String pack, Severity severity, String title, String message,
                      List<Citation> basis, String path, String remedy) {
    public Finding {
        basis = List.copyOf(basis);
    }
}
