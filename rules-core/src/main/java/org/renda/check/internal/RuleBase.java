package org.renda.check.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.renda.check.PackProblem;

/**
 * The compiled rules of a set of packs: one KieBase, built once, and every rule's metadata.
 * Building either succeeds for every pack or reports every problem; nothing is half-loaded.
 */
public final class RuleBase {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern IN_RULE = Pattern.compile("in rule \"?([^\"\\s]+)\"?");

    private final KieBase kieBase;
    private final Map<String, RuleMeta> rulesById;

    private final boolean precompiled;

    private RuleBase(KieBase kieBase, Map<String, RuleMeta> rulesById, boolean precompiled) {
        this.kieBase = kieBase;
        this.rulesById = rulesById;
        this.precompiled = precompiled;
    }

    /** Whether the rules are the build's executable model ({@link PrecompiledRules}), not compiled from DRL here. */
    public boolean precompiled() {
        return precompiled;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The rules, by ID, in pack order then file order. */
    public Map<String, RuleMeta> rules() {
        return rulesById;
    }

    /**
     * Lints, compiles and reads the metadata of the packs' DRL files. Returns null and adds to
     * {@code problems} when anything is wrong.
     *
     * @param parameterNames the names declared by the packs, to check the DRL uses no other
     */
    public static RuleBase build(List<PackFiles> packs, LawLibrary laws, java.util.Set<String> parameterNames,
                                 List<PackProblem> problems) {
        return build(packs, laws, parameterNames, problems, null);
    }

    /**
     * As {@link #build(List, LawLibrary, java.util.Set, List)}; when {@code loader} is not null and
     * the packs are exactly the bundled packs a precompiled rule base was made for at build time
     * ({@link PrecompiledRules}), the compiled packages are read instead of compiling the DRL.
     * Linting, parameter and metadata checks run the same either way. Either way the KieBase is
     * built with {@code KieBaseMutability.DISABLED}: rules are never added to or removed from a
     * built rule base here, so Drools need not track its sessions for changes (issue 16).
     */
    public static RuleBase build(List<PackFiles> packs, LawLibrary laws, java.util.Set<String> parameterNames,
                                 List<PackProblem> problems, ClassLoader loader) {
        int before = problems.size();
        // The build's own bundled packs were linted when it made their executable model: not again
        // (PrecompiledRules.isBuildVerified; issue 16, start-up).
        List<String> model = PrecompiledRules.modelClasses(loader, packs);
        Sources src = collect(packs, parameterNames, problems, model == null);
        if (src.drlCount == 0) {
            if (problems.size() == before) {
                problems.add(Msg.problem(null, 0, null, "ruleBase.selectedPacksHoldNoDrl"));
            }
            return null;
        }
        KieBase precompiled = problems.size() == before ? PrecompiledRules.loadModel(loader, model) : null;
        KieContainer containerToDispose = null;
        KieBase kieBase = precompiled;
        if (kieBase == null) {
            containerToDispose = compile(src, problems);
            if (containerToDispose == null) {
                return null;
            }
            kieBase = src.compiled;
        }
        Map<String, RuleMeta> byId = metadata(packs, kieBase, src, laws, problems);
        checkLayers(packs, byId, src.removedIn, problems);
        if (problems.size() > before) {
            if (containerToDispose != null) {
                containerToDispose.dispose(); // nothing half-loaded survives a failed build
            }
            return null;
        }
        return new RuleBase(kieBase, byId, precompiled != null);
    }

    /**
     * The DRL files the compiler is given for these packs, by KieFileSystem path, after the same
     * reading and linting as {@link #build}: what the build step compiles into the executable
     * model ({@link PrecompiledRules}).
     */
    public static Map<String, byte[]> kieSources(List<PackFiles> packs, java.util.Set<String> parameterNames,
                                                 List<PackProblem> problems) {
        return java.util.Collections.unmodifiableMap(collect(packs, parameterNames, problems).sources);
    }

    /** What the DRL files of the packs are, read once: the sources to compile and where each came from. */
    private static final class Sources {
        final Map<String, byte[]> sources = new LinkedHashMap<>(); // by KieFileSystem path, compiled only when not precompiled
        final Map<String, String> fileByKiePath = new HashMap<>();
        final Map<String, DrlScan> scanByFile = new HashMap<>();
        final Map<String, String> textByFile = new HashMap<>();
        final Map<String, String> packByFile = new HashMap<>();
        /** Layered packs: rule ID -> the packs it was taken out of (replaced or disabled above). */
        final Map<String, java.util.Set<String>> removedIn = new HashMap<>();
        int drlCount;
        KieBase compiled;
    }

    /**
     * Reads and lints every DRL file (the guard, the checks of {@link DrlChecks}, the parameters
     * used); a file the guard refuses is not compiled, and a rule replaced or disabled by a pack
     * above is not compiled at all.
     */
    private static Sources collect(List<PackFiles> packs, java.util.Set<String> parameterNames, List<PackProblem> problems) {
        return collect(packs, parameterNames, problems, true);
    }

    /** As {@link #collect(List, java.util.Set, List)}; {@code lint} false skips the guard, the checks and the parameter names. */
    private static Sources collect(List<PackFiles> packs, java.util.Set<String> parameterNames, List<PackProblem> problems,
                                   boolean lint) {
        Sources src = new Sources();
        // Layered packs: rules replaced or disabled by a pack above are not compiled at all.
        for (PackFiles pack : packs) {
            java.util.Set<String> removed = Layers.removedFrom(pack.id(), packs);
            for (Map.Entry<String, byte[]> e : pack.drlFiles().entrySet()) {
                String file = pack.displayName(e.getKey());
                String text = new String(e.getValue(), StandardCharsets.UTF_8);
                DrlScan scan = DrlScan.of(text);
                if (!removed.isEmpty() && !scan.rules().isEmpty()
                        && scan.rules().stream().allMatch(r -> removed.contains(r.name()))) {
                    scan.rules().forEach(r -> src.removedIn.computeIfAbsent(r.name(), k -> new java.util.HashSet<>()).add(pack.id()));
                    continue;
                }
                src.scanByFile.put(file, scan);
                src.textByFile.put(file, text);
                src.packByFile.put(file, pack.id());
                boolean refused = false;
                if (lint) {
                    int beforeLint = problems.size();
                    PackLint.lint(file, text, scan, problems);
                    // A file the guard refuses is never compiled; the others still are, so that their
                    // compile and metadata problems are listed too.
                    refused = problems.size() > beforeLint;
                    refused |= !DrlChecks.check(file, pack.id(), text, scan, problems);
                    for (String name : ParameterSet.namesUsedIn(text)) {
                        if (!parameterNames.contains(name)) {
                            problems.add(Msg.problem(file, 0, null, "ruleBase.ruleUsesUndeclaredParameterDeclare", name));
                        }
                    }
                }
                if (scan.packageName() == null) {
                    problems.add(Msg.problem(file, 1, null, "ruleBase.missingPackageDeclaration"));
                    continue;
                }
                if (refused) {
                    continue;
                }
                String base = e.getKey().contains("/") ? e.getKey().substring(e.getKey().lastIndexOf('/') + 1) : e.getKey();
                String kiePath = "src/main/resources/" + scan.packageName().replace('.', '/') + "/" + pack.id() + "__" + base;
                src.fileByKiePath.put(kiePath, file);
                // Drools reports some messages under the resource path without the source folder
                src.fileByKiePath.put(kiePath.substring("src/main/resources/".length()), file);
                src.sources.put(kiePath, e.getValue());
                src.drlCount++;
            }
        }
        return src;
    }

    /**
     * Compiles the sources (only when no precompiled packages fit: the KieFileSystem and its
     * in-memory KieModule are needed only here; issue #5, cold start). Returns the container, its
     * KieBase in {@code src.compiled}; or null with every compile error added as a problem at its
     * file and line.
     */
    private static KieContainer compile(Sources src, List<PackProblem> problems) {
        try {
            KieServices ks = KieServices.get();
            KieFileSystem kfs = ks.newKieFileSystem();
            ReleaseId rid = ks.newReleaseId("org.renda.check.packs", "rules", "1.0." + BUILDS.incrementAndGet());
            kfs.generateAndWritePomXML(rid);
            src.sources.forEach(kfs::write);
            KieBuilder kb = ks.newKieBuilder(kfs);
            kb.buildAll();
            List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                compileErrors(errors, src, problems);
                ks.getRepository().removeKieModule(rid);
                return null;
            }
            KieContainer container = ks.newKieContainer(rid);
            org.kie.api.KieBaseConfiguration conf = ks.newKieBaseConfiguration();
            conf.setOption(org.kie.api.conf.KieBaseMutabilityOption.DISABLED);
            src.compiled = container.newKieBase(conf);
            ks.getRepository().removeKieModule(rid);
            return container;
        } catch (RuntimeException e) {
            problems.add(Msg.problem(null, 0, null, "ruleBase.rulesFailedCompile", e));
            return null;
        }
    }

    /** Drools' compile errors as problems at the author's file and line, each mistake once. */
    private static void compileErrors(List<Message> errors, Sources src, List<PackProblem> problems) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> filesWithLines = new java.util.HashSet<>();
        for (Message m : errors) {
            if (m.getPath() != null && m.getLine() > 0) {
                filesWithLines.add(m.getPath());
            }
        }
        for (Message m : errors) {
            if (m.getLine() <= 0 && m.getPath() != null && filesWithLines.contains(m.getPath())
                    && m.getText().contains("Parser returned a null Package")) {
                continue; // a consequence of the syntax error already listed for this file
            }
            String file = m.getPath() == null ? null : src.fileByKiePath.getOrDefault(m.getPath(), m.getPath());
            if (m.getLine() > 0 && !seen.add(file + ":" + m.getLine())) {
                continue; // Drools often reports one mistake several times on the same line
            }
            DrlScan scan = file == null ? null : src.scanByFile.get(file);
            int line = Math.max(m.getLine(), 0);
            if (line == 0 && file != null && src.textByFile.containsKey(file)) {
                line = lineOfExpression(src.textByFile.get(file), m.getText());
                if (line > 0 && !seen.add(file + ":" + line)) {
                    continue; // the same mistake, reported again for a larger expression
                }
            }
            String rule = null;
            Matcher rm = IN_RULE.matcher(m.getText());
            if (rm.find()) {
                rule = rm.group(1);
            } else if (scan != null) {
                rule = scan.ruleAt(line);
            }
            problems.add(Msg.problem(file, line, rule, "ruleBase.compileError", explain(m.getText()), firstLines(m.getText())));
        }
    }

    /** Each rule's metadata, checked, by ID in pack order; a duplicate ID is a problem naming both places. */
    private static Map<String, RuleMeta> metadata(List<PackFiles> packs, KieBase kieBase, Sources src, LawLibrary laws,
                                                  List<PackProblem> problems) {
        Map<String, RuleMeta> byId = new LinkedHashMap<>();
        List<RuleMeta> all = new ArrayList<>();
        for (KiePackage kp : kieBase.getKiePackages()) {
            for (Rule r : kp.getRules()) {
                String file = fileOf(r.getName(), kp.getName(), src.scanByFile);
                DrlScan scan = file == null ? null : src.scanByFile.get(file);
                int line = scan == null ? 0 : scan.lineOf(r.getName());
                RuleMeta meta = RuleMeta.parse(file == null ? null : src.packByFile.get(file), file, line, r.getName(),
                        r.getMetaData(), laws, problems);
                if (meta != null) {
                    all.add(meta);
                }
                Forward.lint(file, line, r.getName(), r.getMetaData(), problems);
            }
        }
        all.sort((a, b) -> {
            int pa = packIndex(packs, a.pack());
            int pb = packIndex(packs, b.pack());
            return pa != pb ? Integer.compare(pa, pb) : a.id().compareTo(b.id());
        });
        for (RuleMeta m : all) {
            RuleMeta previous = byId.putIfAbsent(m.id(), m);
            if (previous != null) {
                problems.add(Msg.problem(m.file(), m.line(), m.ruleName(), "ruleBase.duplicateRuleId", m.id(), previous.file(),
                        previous.line(), Msg.when(!m.pack().equals(previous.pack()),
                                new Msg.Text("ruleBase.duplicateRuleId.replaceHint", previous.pack(), m.pack(), m.id()))));
            }
        }
        return byId;
    }

    /** "（pack.json 没有写 "extends"）" or the packs extended, "（a、b）", for the layer problems. */
    private static Msg.Text extended(PackFiles p) {
        return p.extendsIds().isEmpty() ? new Msg.Text("ruleBase.noExtends")
                : new Msg.Text("ruleBase.extendsList", new Msg.Joined(p.extendsIds()));
    }

    /** Every "replaces" names a rule of this pack and of a pack below; every "disables" a rule of a pack below. */
    private static void checkLayers(List<PackFiles> packs, Map<String, RuleMeta> byId,
                                    Map<String, java.util.Set<String>> removedIn, List<PackProblem> problems) {
        Map<String, PackFiles> packsById = Layers.byId(packs);
        for (PackFiles p : packs) {
            String file = Layers.descriptor(p);
            for (String id : p.replaces()) {
                RuleMeta own = byId.get(id);
                if (own == null || !own.pack().equals(p.id())) {
                    problems.add(Msg.problem(file, 0, null, "ruleBase.ruleReplacesHasNoRule", id));
                }
                if (!below(p, id, removedIn, packsById)) {
                    problems.add(Msg.problem(file, 0, null, "ruleBase.replacedRuleNotBelow", id, extended(p)));
                }
            }
            for (String id : p.disables()) {
                if (!below(p, id, removedIn, packsById)) {
                    problems.add(Msg.problem(file, 0, null, "ruleBase.disabledRuleNotBelow", id, extended(p)));
                }
            }
        }
    }

    private static boolean below(PackFiles upper, String id, Map<String, java.util.Set<String>> removedIn,
                                 Map<String, PackFiles> packsById) {
        for (String lower : removedIn.getOrDefault(id, java.util.Set.of())) {
            if (Layers.extendsPack(upper.id(), lower, packsById)) {
                return true;
            }
        }
        return false;
    }

    private static int packIndex(List<PackFiles> packs, String id) {
        for (int i = 0; i < packs.size(); i++) {
            if (packs.get(i).id().equals(id)) {
                return i;
            }
        }
        return packs.size();
    }

    private static String fileOf(String ruleName, String packageName, Map<String, DrlScan> scans) {
        for (Map.Entry<String, DrlScan> e : scans.entrySet()) {
            if (packageName.equals(e.getValue().packageName()) && e.getValue().lineOf(ruleName) > 0) {
                return e.getKey();
            }
        }
        return null;
    }

    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):");
    private static final Pattern UNRESOLVED = Pattern.compile("unable to resolve [a-z]+ using strict-mode: [\\w.$]*?\\.?(\\w+)\\(");

    /**
     * The line of a DRL file an expression error is about, when the compiler gives none (MVEL
     * "Unable to Analyse Expression" errors): the first line holding the expression, else the
     * first holding the unresolved name; 0 when neither is found.
     */
    static int lineOfExpression(String drl, String message) {
        String[] lines = drl.split("\\R", -1);
        for (Pattern p : new Pattern[]{ANALYSE, UNRESOLVED}) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                String needle = m.group(1).strip();
                for (int i = 0; i < lines.length; i++) {
                    if (!needle.isEmpty() && lines[i].contains(needle)) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }

    private static final Pattern MEMBER = Pattern.compile("unable to resolve (?:method|field|property) using strict-mode: (?:org\\.renda\\.check\\.model\\.)?(\\w+)\\.(\\w+)\\(");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");

    /**
     * A Chinese line leading a Drools compile error: for a misspelt fact field the fact type, the
     * name and the nearest field of the fact model ("是不是 deputiesTotal？"); the compiler's own
     * text follows unchanged.
     */
    static Msg.Text explain(String text) {
        Matcher m = MEMBER.matcher(text);
        if (m.find()) {
            Class<?> type = modelClass(m.group(1));
            String name = m.group(2);
            if (type != null) {
                String near = Suggest.closest(name, members(type));
                return new Msg.Text("ruleBase.noSuchMember", type.getSimpleName(), name,
                        near == null ? new Msg.Text("ruleBase.noSuchMember.seeGuide") : new Msg.Text("ruleBase.didYouMean", near));
            }
        }
        Matcher o = OBJECT_TYPE.matcher(text);
        if (o.find()) {
            java.util.List<String> types = new java.util.ArrayList<>();
            for (String t : MODEL_TYPES) {
                types.add(t);
            }
            String near = Suggest.closest(o.group(1), types);
            return new Msg.Text("ruleBase.noSuchType", o.group(1), Msg.when(near != null, new Msg.Text("ruleBase.didYouMean", near)));
        }
        if (text.contains("mismatched input") || text.contains("no viable alternative") || text.contains("extraneous input")) {
            return new Msg.Text("ruleBase.syntaxError");
        }
        return new Msg.Text("ruleBase.otherCompileError");
    }

    private static final String[] MODEL_TYPES = {"AnnualRecord", "Term", "Officer", "Post", "Deputy", "Session",
            "AgendaItem", "Vote", "Absence", "Meeting", "CountyReport", "Budget", "BudgetAdjustment", "Activity",
            "Station", "Suggestion", "LivelihoodProjects", "NormativeDocument", "ResidentCouncil", "Disclosures",
            "Parameters", "Periods"};

    private static Class<?> modelClass(String simpleName) {
        try {
            return Class.forName("org.renda.check.model." + simpleName, false, RuleBase.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The names a constraint may use on a fact: record components, getters (also without "get"/"is"), methods. */
    private static java.util.Set<String> members(Class<?> type) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (java.lang.reflect.Method mt : type.getMethods()) {
            if (mt.getDeclaringClass() == Object.class || java.lang.reflect.Modifier.isStatic(mt.getModifiers())) {
                continue;
            }
            String n = mt.getName();
            out.add(n);
            if (n.startsWith("get") && n.length() > 3) {
                out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            }
        }
        return out;
    }

    private static String firstLines(String text) {
        String[] lines = text.strip().split("\\R");
        StringBuilder sb = new StringBuilder(lines[0]);
        for (int i = 1; i < Math.min(lines.length, 3); i++) {
            sb.append(' ').append(lines[i].strip());
        }
        return sb.toString();
    }
}
