package org.renda.check.model;

/** The kind of an agenda item (议程事项) of a session. */
public enum AgendaType {
    GOVERNMENT_WORK_REPORT, PRESIDIUM_WORK_REPORT, BUDGET, BUDGET_EXECUTION_REPORT, BUDGET_ADJUSTMENT,
    FINAL_ACCOUNTS, CONSTRUCTION_PLAN, CIVIL_AFFAIRS_PLAN, LIVELIHOOD_PROJECTS_VOTE,
    SUGGESTION_HANDLING_REPORT, ELECTION, DEPUTY_MOTION, INQUIRY, RESOLUTION, OTHER;

    /** The budget types, which must carry a {@code fiscalYear} (预算、预算执行、预算调整、决算). */
    public boolean isBudgetType() {
        return this == BUDGET || this == BUDGET_EXECUTION_REPORT || this == BUDGET_ADJUSTMENT
                || this == FINAL_ACCOUNTS;
    }
}
