package org.renda.check.model;

import java.time.LocalDate;

/** The year's 民生实事项目人大代表票决 process; the vote itself is a session agenda item. */
public record LivelihoodProjects(LocalDate collectionStartDate, Integer candidateCount,
                                 Integer selectedCount, LocalDate implementationReportDate,
                                 LocalDate satisfactionEvaluationDate) {
    public String path() {
        return "/livelihoodProjects";
    }
}
