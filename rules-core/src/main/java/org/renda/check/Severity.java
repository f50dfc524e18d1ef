package org.renda.check;

/**
 * How serious a finding is. {@code ERROR}: breach of a law or regulation whose text was verified;
 * {@code WARNING}: a norm ("一般"), a guideline, or a local measure whose number is a parameter.
 */
public enum Severity { ERROR, WARNING }
