package org.renda.check;

import java.util.List;

/**
 * A loaded rule pack.
 *
 * @param id         e.g. {@code national}
 * @param version    the pack's version
 * @param title      a human title
 * @param rules      how many rules it holds (after packs above replaced or disabled some)
 * @param sha256     SHA-256 over the pack's rule files (sorted by name), so a result can be traced to
 *                   the exact rules
 * @param origin     where it was loaded from ({@code classpath:…} or a folder)
 * @param extendsIds the packs it is layered on ({@code "extends"} in its pack.json)
 * @param replaces   rules of the packs below that its rules of the same ID replace
 * @param disables   rules of the packs below it switches off
 * @param base       true when it was loaded only because a selected pack extends it
 */
public record PackInfo(String id, String version, String title, int rules, String sha256, String origin,
                       List<String> extendsIds, List<String> replaces, List<String> disables, boolean base) {

    public PackInfo {
        extendsIds = List.copyOf(extendsIds);
        replaces = List.copyOf(replaces);
        disables = List.copyOf(disables);
    }

    /** A pack layered on nothing. */
    public PackInfo(String id, String version, String title, int rules, String sha256, String origin) {
        this(id, version, title, rules, sha256, origin, List.of(), List.of(), List.of(), false);
    }
}
