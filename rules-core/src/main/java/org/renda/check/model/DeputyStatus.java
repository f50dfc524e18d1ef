package org.renda.check.model;

/** A deputy's status: serving, or why the mandate ended. */
public enum DeputyStatus { SERVING, RESIGNED, RECALLED, TERMINATED, DECEASED }
