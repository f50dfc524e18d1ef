package org.renda.check;

/** A record was {@code CHECKED} against the rules, or {@code REJECTED} for input errors. */
public enum Status { CHECKED, REJECTED }
