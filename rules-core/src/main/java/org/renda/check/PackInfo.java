package org.renda.check;

/**
 * A loaded rule pack.
 *
 * @param id      e.g. {@code national}
 * @param version the pack's version
 * @param title   a human title
 * @param rules   how many rules it holds
 * @param sha256  SHA-256 over the pack's rule files (sorted by name), so a result can be traced to
 *                the exact rules
 * @param origin  where it was loaded from ({@code classpath:…} or a folder)
 */
public record PackInfo(String id, String version, String title, int rules, String sha256, String origin) {
}
