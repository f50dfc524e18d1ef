package org.renda.check.model;

/** The kind of body a record describes: 乡镇人大 ({@code TOWNSHIP}) or 人大街道工委 ({@code STREET}). */
public enum BodyKind { TOWNSHIP, STREET }
