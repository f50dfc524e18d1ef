package org.renda.check.model;

import java.util.Locale;

/**
 * The top-level sections of a record. An absent section means "not reported" and makes the rules
 * that need it <em>not checked</em>; an empty one declares "none".
 */
public enum Section {
    TERM("term"), OFFICERS("officers"), DEPUTIES("deputies"), SESSIONS("sessions"),
    PRESIDIUM_MEETINGS("presidiumMeetings"), COMMITTEE_MEETINGS("committeeMeetings"),
    REPORTS_TO_COUNTY("reportsToCounty"), BUDGET("budget"), ACTIVITIES("activities"),
    STATIONS("stations"), SUGGESTIONS("suggestions"), LIVELIHOOD_PROJECTS("livelihoodProjects"),
    NORMATIVE_DOCUMENTS("normativeDocuments"), RESIDENT_COUNCILS("residentCouncils"),
    DISCLOSURES("disclosures");

    private final String jsonName;

    Section(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The section's field name in the record, e.g. {@code presidiumMeetings}. */
    public String jsonName() {
        return jsonName;
    }

    /** The section with the given field name, or null. */
    public static Section byJsonName(String name) {
        for (Section s : values()) {
            if (s.jsonName.equals(name) || s.name().equals(name.toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
