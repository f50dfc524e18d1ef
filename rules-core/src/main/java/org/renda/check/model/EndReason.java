package org.renda.check.model;

/** Why an officer stopped serving. */
public enum EndReason { RESIGNED, RECALLED, TRANSFERRED, TERM_ENDED, DECEASED }
