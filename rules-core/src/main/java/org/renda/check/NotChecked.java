package org.renda.check;

/** A rule that could not be checked on a record, and why (e.g. the section it needs was not reported). */
public record NotChecked(String ruleId, String reason) {
}
