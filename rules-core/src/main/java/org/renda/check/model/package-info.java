/**
 * The fact model the rule packs match on: one {@link org.renda.check.model.AnnualRecord}
 * (年度履职记录) per checked record, plus one fact per item of each reported section.
 *
 * <p>Every class here is immutable. Item facts carry their position ({@code index}) and the JSON
 * Pointer of the place in the record ({@code path()}), so a rule reports where a fault is
 * without navigating JSON. Child items carry the index of their parent ({@code sessionIndex},
 * {@code officerIndex}) so rules join on an int, which Drools indexes.
 *
 * <p>Date arithmetic that rules need ("late or missing", N months after a date, quarters and
 * months that have ended) lives in {@link org.renda.check.model.Periods}, never in DRL.
 *
 * <p>This package is the vocabulary of the DRL files. Pack authors may import it, and
 * {@code java.time} / {@code java.util}, and nothing else.
 */
package org.renda.check.model;
