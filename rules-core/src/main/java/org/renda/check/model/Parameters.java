package org.renda.check.model;

import java.time.MonthDay;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameter values in force for a check (per-jurisdiction thresholds such as
 * {@code minSessionHalfDays}). Inserted as a fact; rules read a value by its catalogue name.
 * Names and types were validated when the checker was built, so a lookup here cannot fail for a
 * parameter a pack declares.
 */
public final class Parameters {

    private final Map<String, Object> values;

    public Parameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An integer parameter, e.g. {@code intValue("minSessionHalfDays")}. */
    public int intValue(String name) {
        Object v = require(name);
        if (!(v instanceof Integer i)) {
            throw new IllegalArgumentException("parameter " + name + " is not an integer: " + v);
        }
        return i;
    }

    /** A month-day parameter, e.g. {@code monthDay("firstSessionBy")} = 03-31. */
    public MonthDay monthDay(String name) {
        Object v = require(name);
        if (!(v instanceof MonthDay md)) {
            throw new IllegalArgumentException("parameter " + name + " is not a month-day: " + v);
        }
        return md;
    }

    /** All values, by name, in declaration order. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("unknown parameter: " + name);
        }
        return v;
    }

    @Override
    public String toString() {
        return "Parameters" + values;
    }
}
