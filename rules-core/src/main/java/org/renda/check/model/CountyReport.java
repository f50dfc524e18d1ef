package org.renda.check.model;

import java.time.LocalDate;

/** A street committee's work report to the county standing committee (向县级人大常委会报告工作). */
public record CountyReport(int index, LocalDate date, String title) {
    public String path() {
        return "/reportsToCounty/" + index;
    }
}
