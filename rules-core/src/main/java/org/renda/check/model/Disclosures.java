package org.renda.check.model;

import java.time.LocalDate;

/** Publication of deputies' information (代表法 2025 第五十八条). */
public record Disclosures(LocalDate deputyInfoPublishedDate, Boolean performanceRecordsKept) {
    public String path() {
        return "/disclosures";
    }
}
