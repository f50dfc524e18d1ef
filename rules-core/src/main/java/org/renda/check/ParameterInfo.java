package org.renda.check;

/**
 * A parameter the loaded packs declare ({@code pack.json} → {@code parameters}) and the value in force.
 *
 * @param name         e.g. {@code minSessionHalfDays}
 * @param pack         the pack that declares it
 * @param type         {@code int} or {@code monthDay}
 * @param defaultValue the default of the pack (a pack layered above may have changed it, see {@code defaultFrom});
 *                     an Integer, or "MM-DD" for a month-day
 * @param value        the value in force (after the parameter file and the caller's overrides)
 * @param min          the smallest allowed value, or null
 * @param max          the largest allowed value, or null
 * @param fixed        true when the law fixes the number: it cannot be overridden
 * @param basis        the legal basis, as written in {@code pack.json} (e.g. {@code 湖南条例 第十二条})
 * @param description  what it means, in Chinese
 * @param defaultFrom  the pack whose {@code pack.json} set the default (the declaring pack or one layered on it)
 * @param overridden   true when {@code value} differs from {@code defaultValue}
 */
public record ParameterInfo(String name, String pack, String type, Object defaultValue, Object value, Integer min,
                            Integer max, boolean fixed, String basis, String description, String defaultFrom,
                            boolean overridden) {
}
