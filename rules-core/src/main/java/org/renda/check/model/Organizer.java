package org.renda.check.model;

/** Who organised an activity. */
public enum Organizer { PRESIDIUM, COMMITTEE, COUNTY_STANDING_COMMITTEE, OTHER }
