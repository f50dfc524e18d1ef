package org.renda.check.model;

/** The body that accepted a resignation (接受辞职的机关). */
public enum AcceptingBody { CONGRESS, PRESIDIUM, PARTY_COMMITTEE, GOVERNMENT, OTHER }
