package org.renda.check.model;

/** 主席、副主席 (township); 街道工委主任、副主任 (street). */
public enum OfficerRole {
    CHAIRMAN, VICE_CHAIRMAN, COMMITTEE_DIRECTOR, COMMITTEE_DEPUTY_DIRECTOR;

    /** True for 主席 and 副主席, the township officers of 组织法 第十八条. */
    public boolean isChairOrVice() {
        return this == CHAIRMAN || this == VICE_CHAIRMAN;
    }
}
