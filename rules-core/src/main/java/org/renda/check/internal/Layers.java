package org.renda.check.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renda.check.PackProblem;

/**
 * Layered packs: a pack's {@code pack.json} may name the packs it is layered on ({@code "extends"}),
 * the rules of those packs its own rules of the same ID replace ({@code "replaces"}) and the rules
 * of those packs it switches off ({@code "disables"}); its {@code parameters} may give a new
 * default to a parameter a pack below declares. A county copies a rule, changes it, and checks
 * with the bundled packs still loaded: the copy replaces the original instead of clashing with it.
 */
public final class Layers {

    private Layers() {
    }

    /**
     * Completes and orders the packs: a bundled pack named in {@code extends} but not selected is
     * loaded from the class path (as a base: {@code bases} receives its id); every pack comes after
     * the packs it extends. Problems: an unknown pack, a cycle.
     */
    public static List<PackFiles> complete(List<PackFiles> packs, ClassLoader loader, Set<String> bases,
                                           List<PackProblem> problems) {
        Map<String, PackFiles> byId = new LinkedHashMap<>();
        packs.forEach(p -> byId.putIfAbsent(p.id(), p));
        List<PackFiles> queue = new ArrayList<>(packs);
        for (int i = 0; i < queue.size(); i++) {
            PackFiles p = queue.get(i);
            for (String below : p.extendsIds()) {
                if (byId.containsKey(below)) {
                    continue;
                }
                PackFiles base = null;
                try {
                    base = loader == null ? null : PackFiles.fromClasspath(loader, below);
                } catch (IOException e) {
                    problems.add(new PackProblem(descriptor(p), 0, null, e.getMessage()));
                    continue;
                }
                if (base == null) {
                    problems.add(Msg.problem(descriptor(p), 0, null, "layers.packExtendsNeitherBundledPack", below));
                    continue;
                }
                byId.put(below, base);
                bases.add(below);
                queue.add(base);
            }
        }
        // Order: each pack after the packs it extends, otherwise as given (bundled first).
        List<PackFiles> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        List<PackFiles> start = new ArrayList<>();
        for (PackFiles p : byId.values()) {
            if (bases.contains(p.id())) {
                start.add(p);
            }
        }
        for (PackFiles p : byId.values()) {
            if (!bases.contains(p.id())) {
                start.add(p);
            }
        }
        for (PackFiles p : start) {
            visit(p, byId, done, visiting, ordered, problems);
        }
        return ordered;
    }

    private static void visit(PackFiles p, Map<String, PackFiles> byId, Set<String> done, Set<String> visiting,
                              List<PackFiles> out, List<PackProblem> problems) {
        if (done.contains(p.id())) {
            return;
        }
        if (!visiting.add(p.id())) {
            problems.add(Msg.problem(descriptor(p), 0, null, "layers.packsExtendsFormCycle", String.join(" → ", visiting), p.id()));
            return;
        }
        for (String below : p.extendsIds()) {
            PackFiles b = byId.get(below);
            if (b != null) {
                visit(b, byId, done, visiting, out, problems);
            }
        }
        visiting.remove(p.id());
        if (done.add(p.id())) {
            out.add(p);
        }
    }

    /** Whether {@code upper} is layered on {@code lower}, directly or through other packs. */
    public static boolean extendsPack(String upper, String lower, Map<String, PackFiles> byId) {
        PackFiles p = byId.get(upper);
        if (p == null) {
            return false;
        }
        for (String below : p.extendsIds()) {
            if (below.equals(lower) || (!below.equals(upper) && extendsPack(below, lower, byId))) {
                return true;
            }
        }
        return false;
    }

    /** The packs by id. */
    public static Map<String, PackFiles> byId(List<PackFiles> packs) {
        Map<String, PackFiles> byId = new LinkedHashMap<>();
        packs.forEach(p -> byId.putIfAbsent(p.id(), p));
        return byId;
    }

    /**
     * The rule IDs that packs layered above switch off in the given pack: the rules they replace
     * or disable. Only rules of packs they extend are affected.
     */
    public static Set<String> removedFrom(String pack, List<PackFiles> packs) {
        Map<String, PackFiles> byId = byId(packs);
        Set<String> out = new LinkedHashSet<>();
        for (PackFiles upper : packs) {
            if (extendsPack(upper.id(), pack, byId)) {
                out.addAll(upper.replaces());
                out.addAll(upper.disables());
            }
        }
        return out;
    }

    /** Every rule ID replaced or disabled by some pack. */
    public static Set<String> removed(List<PackFiles> packs) {
        Set<String> out = new LinkedHashSet<>();
        for (PackFiles p : packs) {
            out.addAll(p.replaces());
            out.addAll(p.disables());
        }
        return out;
    }

    static String descriptor(PackFiles p) {
        return p.displayName("pack.json");
    }
}
