package org.renda.check;

import org.renda.check.internal.Msg;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renda.check.internal.Engine;
import org.renda.check.internal.Fingerprints;
import org.renda.check.internal.Forward;
import org.renda.check.internal.JsonInput;
import org.renda.check.internal.Layers;
import org.renda.check.internal.PackFiles;
import org.renda.check.internal.ParameterSet;
import org.renda.check.internal.JsonInput.RawRecord;
import org.renda.check.internal.Readers;
import org.renda.check.internal.RecordValidator;
import org.renda.check.internal.RuleBase;
import org.renda.check.internal.RuleBaseAssembly;
import org.renda.check.internal.SyntaxErrors;
import org.renda.check.internal.RuleMeta;
import org.renda.check.model.AnnualRecord;
import org.renda.check.model.Parameters;

/**
 * The checker (检查器): build one from rule packs and parameters, then check records.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().build();          // all bundled packs, default parameters
 * for (CheckResult r : checker.check(Path.of("洪山殿镇-2024.json"))) {
 *     r.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.message()));
 * }
 * }</pre>
 *
 * <p><strong>Thread-safety:</strong> a {@code Checker} is immutable once built and safe to share
 * between any number of threads; build it once (compiling the rules takes seconds)
 * and reuse it. Each call evaluates in its own rule session taken from a pool.
 *
 * <p>Bad input never throws: every record in a file yields exactly one {@link CheckResult},
 * CHECKED or REJECTED, and an unreadable file yields one REJECTED result.
 */
public final class Checker implements AutoCloseable {

    private final List<PackInfo> packs;
    private final List<PackFiles> packFiles;
    private final ParameterSet parameters;
    private final RuleBase ruleBase;
    private final Engine engine;
    private final Forward forward;
    private final RecordValidator validator;
    private final Language language;
    private final Limits limits;
    private final String parametersSource;

    private Checker(List<PackInfo> packs, List<PackFiles> packFiles, ParameterSet parameters, RuleBase ruleBase,
                    Engine engine, Language language, Limits limits, String parametersSource) {
        this.packs = List.copyOf(packs);
        this.packFiles = List.copyOf(packFiles);
        this.parameters = parameters;
        this.ruleBase = ruleBase;
        this.engine = engine;
        this.forward = new Forward(engine, ruleBase);
        this.validator = RecordValidator.shared(); // started in Builder.build(), see prepareShared()
        this.language = language;
        this.limits = limits;
        this.parametersSource = parametersSource;
    }

    /** The version of this library, from its build (e.g. {@code 1.0.0}): the one the reports name. */
    public static String libraryVersion() {
        return org.renda.check.internal.BuildInfo.version();
    }

    /** A builder with the defaults: every bundled pack, default parameters, Chinese, default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** Checks every record in a file. Never throws for bad input; an unreadable file is one REJECTED result. */
    public List<CheckResult> check(Path file) {
        return check(file, file.toString());
    }

    /**
     * Checks every record in a file, reporting it under the given source name. A JSON file, or any
     * file a {@link RecordFileReader} on the class path reads by its extension (e.g. {@code .xlsx}).
     */
    public List<CheckResult> check(Path file, String source) {
        RecordFileReader reader = Readers.forFile(file);
        if (reader != null) {
            return checkWith(reader, file, source);
        }
        String needs = Readers.missingModule(file, language);
        if (needs != null) {
            return List.of(rejected(source, new InputError("", needs)));
        }
        try {
            return checkRaws(JsonInput.read(source, file, limits, language));
        } catch (IOException e) {
            return List.of(unreadable(source, e));
        }
    }

    /** Checks every record in a stream (one record or an array of records). The stream is not closed. */
    public List<CheckResult> check(InputStream in, String source) {
        try {
            return checkRaws(JsonInput.read(source, in, limits, language));
        } catch (IOException e) {
            return List.of(unreadable(source, e));
        }
    }

    private List<CheckResult> checkRaws(List<RawRecord> raws) {
        List<CheckResult> out = new ArrayList<>(raws.size());
        for (RawRecord raw : raws) {
            out.add(checkRaw(raw, parameters.values()));
        }
        return out;
    }

    private List<CheckResult> checkWith(RecordFileReader reader, Path file, String source) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return List.of(rejected(source, new InputError("", JsonInput.tooLarge(size, limits, language))));
            }
        } catch (IOException e) {
            return List.of(unreadable(source, e));
        }
        List<RecordFileReader.Read> reads;
        try {
            reads = reader.read(file, limits, language);
        } catch (RuntimeException e) {
            // a defect in a reader must not stop the batch either
            String msg = Msg.get(language, "checker.fileCouldNotReadInternal", e);
            return List.of(rejected(source, new InputError("", msg)));
        }
        List<CheckResult> out = new ArrayList<>(reads.size());
        for (int i = 0; i < reads.size(); i++) {
            out.add(checkRead(reads.get(i), source, i));
        }
        return out;
    }

    private CheckResult checkRead(RecordFileReader.Read read, String source, int index) {
        if (read.json() == null) {
            return new CheckResult(source, index, null, Status.REJECTED, List.of(), List.of(), read.errors(), null);
        }
        RawRecord raw;
        try {
            raw = JsonInput.read(source, new ByteArrayInputStream(read.json().getBytes(StandardCharsets.UTF_8)),
                    limits, language).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail
        }
        CheckResult r = read.errors().isEmpty() ? checkRaw(new RawRecord(source, index, raw.node(), raw.errors()),
                parameters.values()) : null;
        if (r != null && r.status() == Status.CHECKED) {
            return r;
        }
        // REJECTED: the reader's errors first, then those validation adds at other places, each at its cell
        List<InputError> errors = new ArrayList<>(read.errors());
        java.util.Set<String> reported = new java.util.HashSet<>();
        read.errors().forEach(e -> reported.add(e.path()));
        List<InputError> later = r != null ? r.errors() : raw.node() == null || !raw.errors().isEmpty() ? raw.errors()
                : validator.validate(raw.node(), language);
        for (InputError e : later) {
            if (!reported.contains(e.path())) {
                errors.add(e.cell() != null ? e : e.withCell(cellOf(read.cells(), e.path())));
            }
        }
        JsonNode node = raw.node();
        return new CheckResult(source, index, node == null ? null : RecordValidator.recordIdOf(node), Status.REJECTED,
                List.of(), List.of(), errors, node == null ? null : bodyOf(node));
    }

    /** The cell of a pointer, or of the nearest enclosing place that has one. */
    private static String cellOf(Map<String, String> cells, String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            String c = cells.get(p);
            if (c != null) {
                return c;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return cells.get("");
    }

    private static CheckResult rejected(String source, InputError error) {
        return new CheckResult(source, 0, null, Status.REJECTED, List.of(), List.of(), List.of(error), null);
    }

    private CheckResult unreadable(String source, IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? (Msg.get(language, "checker.noSuchFile"))
                : String.valueOf(e.getMessage());
        String msg = Msg.get(language, "checker.cannotReadFile", why);
        return rejected(source, new InputError("", msg));
    }

    /** Checks every record in a JSON text. */
    public List<CheckResult> check(String json, String source) {
        return check(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
    }

    /**
     * Whether {@link #check(Path)} reads records from a file of this name: {@code *.json}, and the
     * extensions of any {@link RecordFileReader} on the class path (e.g. {@code *.xlsx} with
     * rules-workbook). Which files of a folder to check is the caller's choice (the command line
     * checks every such file below a folder, in sorted path order).
     */
    public static boolean isRecordFile(Path file) {
        return Readers.listed(file);
    }

    CheckResult checkRaw(RawRecord raw, Parameters values) {
        Prepared p = prepare(raw);
        if (p.rejected() != null) {
            return p.rejected();
        }
        AnnualRecord record = p.record();
        Engine.Outcome outcome;
        try {
            outcome = engine.evaluate(record, values, language, x -> Fingerprints.stablePath(p.node(), x));
        } catch (RuntimeException e) {
            return internalError(raw, p.node(), e);
        }
        return new CheckResult(raw.source(), raw.index(), record.recordId(), Status.CHECKED, outcome.findings(),
                outcome.notChecked(), List.of(), bodyOf(record), outcome.notes());
    }

    /** A record read, validated and mapped; or, when it cannot be, the REJECTED result saying why. */
    private record Prepared(JsonNode node, AnnualRecord record, CheckResult rejected) {
    }

    private Prepared prepare(RawRecord raw) {
        JsonNode node = raw.node();
        if (node == null || !raw.errors().isEmpty()) {
            return new Prepared(node, null, new CheckResult(raw.source(), raw.index(),
                    node == null ? null : RecordValidator.recordIdOf(node), Status.REJECTED, List.of(), List.of(),
                    raw.errors(), node == null ? null : bodyOf(node)));
        }
        RecordValidator.Validated v = validator.read(node, language); // validated and mapped in one walk
        if (!v.errors().isEmpty()) {
            return new Prepared(node, null, new CheckResult(raw.source(), raw.index(), RecordValidator.recordIdOf(node),
                    Status.REJECTED, List.of(), List.of(), v.errors(), bodyOf(node)));
        }
        return new Prepared(node, v.record(), null);
    }

    /**
     * A defect in a rule must not lose the record or stop the batch: the record
     * is reported, with the cause, instead of escaping as an exception.
     */
    private CheckResult internalError(RawRecord raw, JsonNode node, RuntimeException e) {
        String msg = Msg.get(language, "checker.recordCouldNotEvaluatedInternal", e);
        return new CheckResult(raw.source(), raw.index(), RecordValidator.recordIdOf(node), Status.REJECTED,
                List.of(), List.of(), List.of(new InputError("", msg)), bodyOf(node));
    }

    private static CheckResult.Body bodyOf(AnnualRecord record) {
        return new CheckResult.Body(record.kind().name(), record.bodyName(), record.county(), record.year(),
                record.asOfDate().toString(),
                record.sections().stream().sorted().map(org.renda.check.model.Section::jsonName).toList(), record.city());
    }

    /**
     * The duty list (月初提示) of every record in a file for one month: what falls due in the month,
     * what is overdue, the yearly duties still open and the duties of the month's quarter and of
     * the month, each from the rules' own conditions judged on a later day (the record unchanged).
     * Never throws for bad input: a record that cannot be read, a month outside the record's year
     * or a record dated after the month is one REJECTED result saying so.
     */
    public List<DueResult> due(Path file, YearMonth month) {
        return due(file, file.toString(), month);
    }

    /** As {@link #due(Path, YearMonth)}, reporting the file under the given source name. */
    public List<DueResult> due(Path file, String source, YearMonth month) {
        RecordFileReader reader = Readers.forFile(file);
        if (reader != null) {
            // a workbook: the duty list of the record it spells; a workbook with input errors is rejected,
            // with the errors (and cells) the check would report
            List<RecordFileReader.Read> reads;
            try {
                reads = Files.size(file) > limits.maxFileBytes() ? null : reader.read(file, limits, language);
            } catch (IOException | RuntimeException e) {
                reads = null;
            }
            if (reads == null) { // too large, unreadable or a defect: rejected as check says
                return checkWith(reader, file, source).stream().map(r -> rejectedDue(r, month)).toList();
            }
            List<DueResult> out = new ArrayList<>();
            for (int i = 0; i < reads.size(); i++) {
                CheckResult r = checkRead(reads.get(i), source, i);
                out.add(r.status() == Status.REJECTED ? rejectedDue(r, month) : due(reads.get(i).json(), source, month).get(0));
            }
            return out;
        }
        try {
            return dueRaws(JsonInput.read(source, file, limits, language), month);
        } catch (IOException e) {
            return List.of(rejectedDue(unreadable(source, e), month));
        }
    }

    private List<DueResult> dueRaws(List<RawRecord> raws, YearMonth month) {
        List<DueResult> out = new ArrayList<>(raws.size());
        for (RawRecord raw : raws) {
            out.add(dueRaw(raw, parameters.values(), month));
        }
        return out;
    }

    /** The duty lists of every record in a JSON text (one record or an array). */
    public List<DueResult> due(String json, String source, YearMonth month) {
        try {
            return dueRaws(JsonInput.read(source, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    limits, language), month);
        } catch (IOException e) {
            return List.of(rejectedDue(unreadable(source, e), month));
        }
    }

    DueResult dueRaw(RawRecord raw, Parameters values, YearMonth month) {
        Prepared p = prepare(raw);
        if (p.rejected() != null) {
            return rejectedDue(p.rejected(), month);
        }
        AnnualRecord record = p.record();
        CheckResult.Body body = bodyOf(record);
        List<InputError> errors = new ArrayList<>();
        if (month.getYear() != record.year()) {
            errors.add(new InputError("/year", Msg.get(language, "checker.monthNotRecordSYear", month, record.year())));
        } else if (record.asOfDate().isAfter(month.atEndOfMonth())) {
            errors.add(new InputError("/asOfDate", Msg.get(language, "checker.recordDatedAfterMonthDuty", record.asOfDate(), month, YearMonth.from(record.asOfDate()))));
        }
        if (!errors.isEmpty()) {
            return new DueResult(raw.source(), raw.index(), record.recordId(), Status.REJECTED, month,
                    record.asOfDate(), body, List.of(), List.of(), List.of(), List.of(), List.of(), errors);
        }
        Forward.Plan plan;
        try {
            plan = forward.plan(record, values, month, language);
        } catch (RuntimeException e) {
            return rejectedDue(internalError(raw, p.node(), e), month);
        }
        return new DueResult(raw.source(), raw.index(), record.recordId(), Status.CHECKED, month, record.asOfDate(),
                body, duties(plan.due(), p.node(), null), plan.overdue(), duties(plan.open(), p.node(), month),
                duties(plan.recurring(), p.node(), null), plan.notChecked(), List.of());
    }

    private static DueResult rejectedDue(CheckResult r, YearMonth month) {
        return new DueResult(r.source(), r.index(), r.recordId(), Status.REJECTED, month, null, r.body(), List.of(),
                List.of(), List.of(), List.of(), List.of(), r.errors());
    }

    /** The engine's items as public duties, each named from the record; months left counted from {@code month} (open only). */
    private static List<Duty> duties(List<Forward.Item> items, JsonNode node, YearMonth month) {
        List<Duty> out = new ArrayList<>(items.size());
        for (Forward.Item i : items) {
            Finding f = i.finding();
            List<String> paths = i.paths();
            String path = paths.size() == 1 ? paths.get(0) : commonParent(paths);
            out.add(new Duty(f.ruleId(), f.pack(), f.severity(), f.title(), path,
                    paths.size() == 1 ? itemName(node, path) : null, i.dueDate(), f.basis(), f.remedy(), i.period(),
                    paths, month == null ? null : Forward.monthsLeft(month, i.dueDate())));
        }
        return out;
    }

    private static String commonParent(List<String> paths) {
        String prefix = paths.get(0);
        for (String p : paths) {
            while (!(p.equals(prefix) || p.startsWith(prefix + "/"))) {
                prefix = prefix.substring(0, Math.max(prefix.lastIndexOf('/'), 0));
            }
        }
        return prefix;
    }

    /** The item at a pointer by its {@code id} and its name, title or subject, as the record gives them; null for a list. */
    private static String itemName(JsonNode node, String path) {
        JsonNode n = node.at(path);
        if (!n.isObject()) {
            return null;
        }
        String id = text(n, "id");
        String name = null;
        for (String field : List.of("name", "title", "subject")) {
            name = name != null ? name : text(n, field);
        }
        if (id == null) {
            return name;
        }
        return name == null ? id : id + " " + name;
    }

    private static CheckResult.Body bodyOf(JsonNode node) {
        JsonNode body = node.path("body");
        JsonNode year = node.path("year");
        return new CheckResult.Body(text(body, "kind"), text(body, "name"), text(body, "county"),
                year.isInt() ? year.intValue() : null, text(node, "asOfDate"), List.of(), text(body, "city"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** The rules loaded, in pack order then ID order. */
    public List<RuleInfo> rules() {
        return rules(language);
    }

    /** The rules loaded, with titles and remedies in the given language. */
    public List<RuleInfo> rules(Language lang) {
        List<RuleInfo> out = new ArrayList<>();
        for (RuleMeta m : ruleBase.rules().values()) {
            out.add(m.info(lang));
        }
        return out;
    }

    /** The packs loaded, with their versions and SHA-256. */
    public List<PackInfo> packs() {
        return packs;
    }

    /** The parameter values in force, by name ({@code monthDay} values as "MM-DD"). */
    public Map<String, Object> parameters() {
        return parameters.displayValues();
    }

    /**
     * Every parameter the loaded packs declare, in pack order: its meaning, default, range, legal
     * basis, whether the law fixes it, and the value in force.
     */
    public List<ParameterInfo> parameterInfo() {
        Map<String, Object> values = parameters.displayValues();
        List<ParameterInfo> out = new ArrayList<>();
        for (ParameterSet.Declaration d : parameters.declarations().values()) {
            Object def = ParameterSet.display(d.defaultValue());
            Object value = values.get(d.name());
            out.add(new ParameterInfo(d.name(), d.pack(), d.type(), def, value, d.min(), d.max(), d.fixed(), d.basis(),
                    d.description(), d.defaultFrom(), !java.util.Objects.equals(def, value)));
        }
        return List.copyOf(out);
    }

    /** The name of the parameter file the checker was built with, or null. */
    public String parametersSource() {
        return parametersSource;
    }

    public Language language() {
        return language;
    }

    public Limits limits() {
        return limits;
    }

    List<PackFiles> packFiles() {
        return packFiles;
    }

    ParameterSet parameterSet() {
        return parameters;
    }

    /** Releases the rule sessions. The checker must not be used afterwards. */
    @Override
    public void close() {
        engine.close();
    }

    /** Builds a {@link Checker}. Not thread-safe; the checker it builds is. */
    public static final class Builder {
        private final List<String> bundled = new ArrayList<>();
        private final List<Path> directories = new ArrayList<>();
        private final Map<String, Object> overrides = new LinkedHashMap<>();
        private String overrideSource = "parameters";
        private Path parametersFile;
        private Language language = Language.ZH;
        private Limits limits = Limits.DEFAULT;
        private boolean noBundled;
        private ClassLoader classLoader = Checker.class.getClassLoader();

        private Builder() {
        }

        /** Uses only these bundled packs (e.g. {@code "national", "hunan"}) instead of all. */
        public Builder bundledPacks(String... ids) {
            bundled.addAll(List.of(ids));
            return this;
        }

        /** Uses no bundled pack, only packs added with {@link #packDirectory(Path)}. */
        public Builder noBundledPacks() {
            noBundled = true;
            return this;
        }

        /** Adds a pack folder from disk (holding {@code pack.json} and DRL files); it is linted first. */
        public Builder packDirectory(Path dir) {
            directories.add(dir);
            return this;
        }

        /** Overrides parameter values by name (Integer for {@code int}, "MM-DD" for {@code monthDay}). */
        public Builder parameters(Map<String, ?> values) {
            overrides.putAll(values);
            return this;
        }

        /** Reads parameter overrides from a JSON or YAML file (an object of name: value). */
        public Builder parametersFile(Path file) {
            this.parametersFile = file;
            return this;
        }

        /** The language of titles, messages, remedies and input errors. */
        public Builder language(Language language) {
            this.language = language;
            return this;
        }

        /** Input limits (file size, depth, string length, array length). */
        public Builder limits(Limits limits) {
            this.limits = limits;
            return this;
        }

        /** The class loader bundled packs and laws are found with. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        /**
         * Loads, lints and compiles the packs and resolves the parameters.
         *
         * @throws CheckerBuildException listing every problem, when any pack or parameter is wrong
         */
        public Checker build() throws CheckerBuildException {
            RecordValidator.prepareShared(); // compiles the record schema while the rules load
            List<PackProblem> problems = new ArrayList<>();
            List<PackFiles> files = new ArrayList<>();
            List<String> ids = bundled.isEmpty() && !noBundled ? PackFiles.bundledIds(classLoader) : bundled;
            for (String id : ids) {
                try {
                    PackFiles p = PackFiles.fromClasspath(classLoader, id);
                    if (p == null) {
                        problems.add(Msg.problem(null, 0, null, "checker.noBundledPack", id, new Msg.Joined(PackFiles.bundledIds(classLoader))));
                    } else {
                        files.add(p);
                    }
                } catch (IOException e) {
                    problems.add(e instanceof PackFiles.NotAPack n ? Msg.problem(id, 0, null, n.text())
                            : new PackProblem(id, 0, null, e.getMessage()));
                }
            }
            for (Path dir : directories) {
                try {
                    files.add(PackFiles.fromDirectory(dir));
                } catch (IOException e) {
                    problems.add(e instanceof PackFiles.NotAPack n ? Msg.problem(null, 0, null, n.text()) // it names the folder
                            : new PackProblem(null, 0, null, e.getMessage()));
                }
            }
            java.util.Set<String> bases = new java.util.LinkedHashSet<>();
            files = Layers.complete(files, classLoader, bases, problems);
            if (files.isEmpty() && problems.isEmpty()) {
                problems.add(Msg.problem(null, 0, null, "checker.noPackLoad"));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            if (parametersFile != null) {
                readParameters(parametersFile, values, problems);
                overrideSource = parametersFile.toString();
            }
            values.putAll(overrides);
            if (!problems.isEmpty()) {
                throw new CheckerBuildException(problems);
            }
            RuleBaseAssembly assembly = RuleBaseAssembly.of(files, values, overrideSource, classLoader, problems);
            if (!problems.isEmpty() || assembly == null) {
                throw new CheckerBuildException(problems);
            }
            ParameterSet params = assembly.parameters();
            RuleBase rb = assembly.ruleBase();
            List<PackInfo> infos = new ArrayList<>();
            for (PackFiles f : files) {
                int count = (int) rb.rules().values().stream().filter(m -> m.pack().equals(f.id())).count();
                infos.add(new PackInfo(f.id(), f.version(), language == Language.EN ? f.titleEn() : f.title(), count,
                        f.sha256(), f.origin(), f.extendsIds(), f.replaces(), f.disables(), bases.contains(f.id())));
            }
            int pool = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
            return new Checker(infos, files, params, rb, assembly.engine(pool), language, limits,
                    parametersFile == null ? null : parametersFile.toString());
        }

        private static void readParameters(Path file, Map<String, Object> into, List<PackProblem> problems) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml")
                    ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException e) {
                problems.add(Msg.problem(file.toString(), 0, null, "checker.parameterFileDoesNotExist"));
                return;
            } catch (IOException e) {
                problems.add(Msg.problem(file.toString(), 0, null, "checker.cannotReadParameterFile", e.getMessage()));
                return;
            }
            try {
                JsonNode root = mapper.readTree(text);
                if (root == null || !root.isObject()) {
                    String source = text;
                    problems.add(Msg.problem(file.toString(), 0, null, "checker.parameterFileNotObject",
                            (Msg.Localized) l -> {
                                String hint = SyntaxErrors.fullWidthColon(source, l);
                                return hint == null ? "" : Msg.get(l, "checker.parameterFileHint", hint);
                            }));
                    return;
                }
                Map<String, Object> map = mapper.convertValue(root, Map.class);
                map.remove("scoring");
                into.putAll(map);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                String source = text;
                problems.add(Msg.problem(file.toString(), 0, null, mapper.getFactory() instanceof YAMLFactory
                        ? "checker.parameterFileNotYaml" : "checker.parameterFileNotJson",
                        (Msg.Localized) l -> SyntaxErrors.describe(e, source, l)));
            }
        }
    }
}
