package org.renda.check.model;

/** The level of the congress a deputy (代表) was elected to. */
public enum DeputyLevel { TOWNSHIP, COUNTY, CITY, PROVINCE, NATIONAL }
