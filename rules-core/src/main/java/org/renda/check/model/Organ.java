package org.renda.check.model;

/** The kind of organ an officer's other post belongs to; {@code ADMINISTRATIVE} = 国家行政机关. */
public enum Organ { ADMINISTRATIVE, PARTY, CONGRESS, PUBLIC_INSTITUTION, MASS_ORGANIZATION, OTHER }
