package org.renda.check.model;

/**
 * A deputy's part in a recess activity: one fact for each activity and each deputy it lists (a
 * deputy listed twice counts once). Derived from {@link Activity#deputyIds()} by the engine, so
 * that a rule can join deputies and activities on an equality the engine indexes
 * ({@code Participation( deputyId == $id, type == ActivityType.STATION_RECEPTION )}) instead of
 * calling {@link Activity#involves(String)} for every deputy and activity (issue 16).
 */
public record Participation(int activityIndex, String deputyId, ActivityType type) {

    /** The activity's place in the record. */
    public String path() {
        return "/activities/" + activityIndex;
    }
}
