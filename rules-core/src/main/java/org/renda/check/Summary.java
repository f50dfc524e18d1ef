package org.renda.check;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts over a batch of results: records, checked, rejected, and findings by severity. Mutable
 * while a batch runs ({@link #add(CheckResult)}); not thread-safe.
 */
public final class Summary {

    private long records;
    private long checked;
    private long rejected;
    private final Map<Severity, Long> findings = new EnumMap<>(Severity.class);

    public Summary() {
        for (Severity s : Severity.values()) {
            findings.put(s, 0L);
        }
    }

    /** Counts one result. */
    public void add(CheckResult r) {
        records++;
        if (r.status() == Status.CHECKED) {
            checked++;
        } else {
            rejected++;
        }
        for (Finding f : r.findings()) {
            findings.merge(f.severity(), 1L, Long::sum);
        }
    }

    public long records() {
        return records;
    }

    public long checked() {
        return checked;
    }

    public long rejected() {
        return rejected;
    }

    /** Findings of one severity. */
    public long findings(Severity s) {
        return findings.get(s);
    }
}
