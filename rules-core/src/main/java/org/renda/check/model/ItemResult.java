package org.renda.check.model;

/** What the session did with an agenda item. {@code DELIBERATED} = heard and deliberated, no vote. */
public enum ItemResult { ADOPTED, REJECTED, DELIBERATED, WITHDRAWN }
