package org.renda.check.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.renda.check.Language;
import org.renda.check.PackProblem;
import org.renda.check.RuleInfo;
import org.renda.check.internal.Engine;
import org.renda.check.internal.LawLibrary;
import org.renda.check.internal.PackFiles;
import org.renda.check.internal.ParameterSet;
import org.renda.check.internal.RecordMapper;
import org.renda.check.internal.RuleBase;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Parameters;

/**
 * What the rules-only benchmark needs: the engine itself (as {@code Checker} builds it, from the
 * same packs as {@link Checkers#build()}), the parameter values, and pre-generated records both as
 * JSON bytes and as mapped facts.
 */
public final class Fixture {

    public final Engine engine;
    public final Parameters parameters;
    public final List<String> ruleIds;
    /** The loaded rules' metadata (gating for {@link PlainJavaChecks}). */
    public final List<RuleInfo> rules;
    public final List<byte[]> json = new ArrayList<>();
    public final List<AnnualRecord> records = new ArrayList<>();

    /**
     * The rule base of {@link #engine}: the bundled packs as the checker loads them (the build's
     * executable model) when they are the bundled packs unchanged; otherwise (packs from folders, a
     * {@link RuleVariants} rewrite, {@link #classic}) compiled from the DRL, as {@code Checker} does
     * for packs from disk.
     */
    public final RuleBase ruleBase;
    /** The packs the rule base was built from (after any {@link RuleVariants} rewrite). */
    public final List<PackFiles> packs;
    /** The law library the engine cites from. */
    public final LawLibrary laws;

    public Fixture(int records, long seed) {
        this(records, seed, null);
    }

    /** As {@link #Fixture(int, long)}, the bundled packs compiled from their DRL by the classic compiler. */
    public static Fixture classic(int records, long seed) {
        return new Fixture(records, seed, null, System.getProperty("renda.packDirs", System.getenv("RENDA_PACK_DIRS")), true);
    }

    /**
     * As {@link #Fixture(int, long)}, with every DRL file rewritten by {@code variant} (null: as
     * written) before it is compiled.
     */
    Fixture(int records, long seed, RuleVariants variant) {
        this(records, seed, variant, System.getProperty("renda.packDirs", System.getenv("RENDA_PACK_DIRS")));
    }

    /**
     * As {@link #Fixture(int, long, RuleVariants)}, with the packs read from {@code dirs} (comma
     * separated pack folders; null or blank: the bundled packs), e.g. the packs before a rule
     * rewrite, to measure it in the same run ({@code RulesRatio}'s {@code -Dbench.beforePacks}).
     */
    Fixture(int records, long seed, RuleVariants variant, String dirs) {
        this(records, seed, variant, dirs, false);
    }

    private Fixture(int records, long seed, RuleVariants variant, String dirs, boolean compileDrl) {
        ClassLoader cl = Fixture.class.getClassLoader();
        List<PackFiles> packs = new ArrayList<>();
        try {
            if (dirs != null && !dirs.isBlank()) {
                for (String d : dirs.split(",")) {
                    packs.add(PackFiles.fromDirectory(Path.of(d.strip())));
                }
            } else {
                for (String id : PackFiles.bundledIds(cl)) {
                    packs.add(PackFiles.fromClasspath(cl, id));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (variant != null) {
            List<PackFiles> rewritten = new ArrayList<>();
            for (PackFiles pf : packs) {
                Map<String, byte[]> files = new java.util.TreeMap<>(pf.files());
                files.replaceAll((name, bytes) -> name.endsWith(".drl")
                        ? variant.rewrite(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : bytes);
                rewritten.add(new PackFiles(pf.id(), pf.version(), pf.title(), pf.titleEn(), pf.origin(), pf.descriptor(), files));
            }
            packs = rewritten;
        }
        List<PackProblem> problems = new ArrayList<>();
        ParameterSet params = ParameterSet.resolve(packs, Map.of(), "defaults", problems);
        LawLibrary laws = LawLibrary.load(cl);
        RuleBase rb = RuleBase.build(packs, laws, params.declarations().keySet(), problems,
                compileDrl || variant != null ? null : cl); // a loader: the executable model, if these are the bundled packs
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        this.ruleBase = rb;
        this.laws = laws;
        this.engine = new Engine(rb, laws, Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
        this.packs = List.copyOf(packs);
        this.parameters = params.values();
        this.ruleIds = List.copyOf(rb.rules().keySet());
        this.rules = rb.rules().values().stream().map(m -> m.info(Language.ZH)).toList();
        RecordGen gen = new RecordGen(seed);
        ObjectMapper mapper = new ObjectMapper();
        try {
            json.add(RecordGen.example(RecordGen.TOWNSHIP));
            json.add(RecordGen.example(RecordGen.STREET));
            while (json.size() < records) {
                json.add(gen.next());
            }
            for (byte[] b : json) {
                JsonNode n = mapper.readTree(b);
                this.records.add(RecordMapper.map(n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
