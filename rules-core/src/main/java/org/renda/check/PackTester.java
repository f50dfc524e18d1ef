package org.renda.check;

import org.renda.check.internal.Msg;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renda.check.internal.CasesFormat;
import org.renda.check.internal.JsonPatch;
import org.renda.check.internal.SyntaxErrors;
import org.renda.check.internal.PackFiles;
import org.renda.check.internal.JsonInput.RawRecord;
import org.renda.check.model.Deadline;
import org.renda.check.model.Parameters;

/**
 * Runs the fixtures kept beside the rules ({@code <RULE-ID>.cases.json}), PMD-style: the tests are
 * data, this class is the one runner. Used by the build's tests and by the harness's {@code test}
 * command, so a rule author can test a pack without Java.
 *
 * <p>A cases file:
 * <pre>
 * { "rule": "SESSION-QUORUM-001",
 *   "cases": [
 *     { "name": "exactly two thirds present meets quorum", "base": "township",
 *       "patch": [ {"op": "replace", "path": "/sessions/0/deputiesPresent", "value": 8} ],
 *       "expect": [] },
 *     { "name": "seven of twelve is short", "base": "township", "patch": [ … ],
 *       "expect": ["/sessions/0"] },
 *     { "name": "sessions not reported", "base": "township",
 *       "patch": [ {"op": "remove", "path": "/sessions"} ], "notChecked": true } ] }
 * </pre>
 * {@code base} is one of {@link #BASES} (clean records with no finding) or absent with a whole
 * {@code record}; {@code patch} holds JSON Patch add/remove/replace operations;
 * {@code expect} lists the exact paths where the rule must fire ({@code []}: checked and silent);
 * {@code notChecked: true} expects the rule to be listed as not checked; {@code params} overrides
 * parameters for the case. Findings of other rules are ignored. {@code "due": {"month": "2025-06",
 * "expect": ["/suggestions/0"]}} asserts the rule's duties of that month (due, open or recurring,
 * see {@link Checker#due}) the same way; an entry may be {@code {"path": …, "dueDate": "2025-06-10"}}
 * to assert the deadline too. A case may assert findings, duties or both. An {@code expect} entry
 * may also be {@code {"path": "/suggestions/0", "values": {"deadline": "2024-09-30"}, "eventDate":
 * "2024-09-30"}}: a finding at that place must carry those values (the names and values its rule
 * passed to {@code findings.report}, see {@link Finding#values()}) and that event date.
 *
 * <p>The format is defined once, by the JSON Schema {@code /org/renda/check/cases-1.0.schema.json}
 * (bundled beside the record schema): a file or case that does not follow it (a misspelt key such
 * as {@code "expectd"}, a wrong type, an unknown base) fails with the file, the JSON Pointer and what
 * was expected, in the checker's language, and is not run.
 */
public final class PackTester {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The clean base records a case may start from: {@code township} and {@code street} are the
     * spec's example records (2024 and 2025, no finding); {@code township-midyear} is the township
     * record as of 2024-06-30 (everything later removed), for "year not complete", "not yet due"
     * and "quarter not yet ended" cases; {@code township-2025} is the township record moved to 2025
     * (every date one year later, the term's election date kept), for rules that apply from 2025
     * (the Loudi pack, DEPUTY-DISCLOSE-001, DEPUTY-RECORDS-001). Read from the cases format's schema
     * (the enum of {@code base}), where they are declared.
     */
    public static final List<String> BASES = CasesFormat.bases();

    private PackTester() {
    }

    /**
     * One case's outcome.
     *
     * @param ruleId   the rule the case tests
     * @param file     the cases file
     * @param name     the case's name
     * @param kind     {@code fires}, {@code silent} or {@code notChecked}: what the case expects
     * @param passed   whether it passed
     * @param detail   why it failed (empty when passed)
     */
    public record CaseResult(String ruleId, String file, String name, String kind, boolean passed, String detail) {
    }

    /**
     * Runs every cases file of every pack the checker loaded, except those of a pack loaded only
     * as the base of a layered pack, and those of a rule a pack above replaced or disabled (its
     * fixtures describe a rule that is not running).
     */
    public static List<CaseResult> run(Checker checker) {
        List<CaseResult> out = new ArrayList<>();
        forEachCaseFile(checker, (file, bytes) -> out.addAll(runFile(checker, file, bytes)));
        return out;
    }

    /** Each cases file {@link #run} runs, by its display name. */
    private static void forEachCaseFile(Checker checker, java.util.function.BiConsumer<String, byte[]> action) {
        java.util.Set<String> bases = new java.util.HashSet<>();
        checker.packs().stream().filter(PackInfo::base).forEach(p -> bases.add(p.id()));
        java.util.Set<String> removed = org.renda.check.internal.Layers.removed(checker.packFiles());
        for (PackFiles pack : checker.packFiles()) {
            if (bases.contains(pack.id())) {
                continue;
            }
            for (Map.Entry<String, byte[]> e : pack.caseFiles().entrySet()) {
                String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
                String ruleId = name.substring(0, name.length() - ".cases.json".length());
                if (removed.contains(ruleId) && !pack.replaces().contains(ruleId)) {
                    continue;
                }
                action.accept(pack.displayName(e.getKey()), e.getValue());
            }
        }
    }

    /**
     * The problems of the cases files of the packs {@link #run} would run, without running them:
     * a file that is not JSON, or that does not follow the cases format (its schema), one problem
     * per place, {@code file: [rule] /cases/3/expectd: 未知的键 "expectd"（是不是 "expect"？）…}.
     * Empty when every file follows the format. The {@code validate} command lists these.
     */
    public static List<PackProblem> caseProblems(Checker checker) {
        List<PackProblem> out = new ArrayList<>();
        Language l = checker.language();
        forEachCaseFile(checker, (file, bytes) -> {
            Parsed parsed = parse(file, bytes, l);
            if (parsed.unreadable() != null) {
                out.add(new PackProblem(file, 0, null, parsed.unreadable()));
            }
            parsed.errors().forEach(e -> out.add(new PackProblem(file, 0, parsed.ruleId(), e.path() + Msg.get(l, "packTester.punct") + e.message())));
        });
        return out;
    }

    /** A cases file read and checked against the format: its errors by place, or why it cannot be read. */
    private record Parsed(JsonNode root, String ruleId, List<InputError> errors, String unreadable) {
    }

    private static Parsed parse(String file, byte[] bytes, Language l) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Parsed(null, null, List.of(), Msg.get(l, "packTester.notValidJson") + SyntaxErrors.describe(e, null, l));
        } catch (IOException e) {
            return new Parsed(null, null, List.of(), Msg.get(l, "packTester.cannotRead") + e.getMessage());
        }
        if (root == null) {
            return new Parsed(null, null, List.of(), Msg.get(l, "packTester.fileEmpty"));
        }
        String ruleId = root.path("rule").isTextual() ? root.path("rule").asText() : null;
        return new Parsed(root, ruleId, CasesFormat.validate(root, l), null);
    }

    static List<CaseResult> runFile(Checker checker, String file, byte[] bytes) {
        Language l = checker.language();
        Parsed parsed = parse(file, bytes, l);
        if (parsed.unreadable() != null) {
            return List.of(new CaseResult(null, file, "(file)", "invalid", false, parsed.unreadable()));
        }
        // errors inside one case fail that case; errors elsewhere fail the file
        Map<Integer, List<String>> byCase = new LinkedHashMap<>();
        List<String> fileErrors = new ArrayList<>();
        for (InputError e : parsed.errors()) {
            java.util.regex.Matcher m = CASE_POINTER.matcher(e.path());
            String text = e.path() + Msg.get(l, "packTester.punct") + e.message();
            if (m.matches()) {
                byCase.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(text);
            } else {
                fileErrors.add(text);
            }
        }
        String ruleId = parsed.ruleId();
        if (!fileErrors.isEmpty()) {
            return List.of(new CaseResult(ruleId, file, "(file)", "invalid", false, String.join(Msg.get(l, "packTester.punct2"), fileErrors)));
        }
        List<CaseResult> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : parsed.root().get("cases")) {
            List<String> errors = byCase.get(i);
            out.add(errors == null ? runCase(checker, file, ruleId, c, i, l)
                    : new CaseResult(ruleId, file, c.path("name").asText("case " + i), "invalid", false,
                            String.join(Msg.get(l, "packTester.punct2"), errors)));
            i++;
        }
        return out;
    }

    private static final java.util.regex.Pattern CASE_POINTER = java.util.regex.Pattern.compile("^/cases/(\\d+)(?:/.*)?$");

    private static String t(Language l, String zh, String en) {
        return l == Language.EN ? en : zh;
    }

    private static CaseResult runCase(Checker checker, String file, String ruleId, JsonNode c, int i, Language l) {
        String name = c.path("name").asText("case " + i);
        boolean expectNotChecked = c.path("notChecked").asBoolean(false);
        List<String> expected = new ArrayList<>();
        c.path("expect").forEach(p -> expected.add(p.isObject() ? p.path("path").asText() : p.asText()));
        String kind = expectNotChecked ? "notChecked" : expected.isEmpty() ? "silent" : "fires";
        String at = "/cases/" + i + Msg.get(l, "packTester.punct");
        if (!expectNotChecked && !c.has("expect") && !c.has("due")) {
            return new CaseResult(ruleId, file, name, "invalid", false, at + Msg.get(l, "packTester.caseNeedsExpectArrayPaths"));
        }
        if (c.has("base") && c.has("record")) {
            return new CaseResult(ruleId, file, name, "invalid", false, at + Msg.get(l, "packTester.giveEitherBaseOrRecord"));
        }
        if (!c.has("expect") && c.has("due")) {
            kind = "due";
        }
        JsonNode record;
        try {
            record = baseOf(c);
            record = JsonPatch.apply(record, c.get("patch"));
        } catch (IllegalArgumentException | IOException e) {
            return new CaseResult(ruleId, file, name, kind, false, Msg.get(l, "packTester.cannotBuildRecordCases", i)
                    + (e instanceof JsonPatch.PatchError p ? p.text().in(l) : e.getMessage()));
        }
        Map<String, Object> overrides = new LinkedHashMap<>();
        if (c.has("params")) {
            overrides.putAll(JSON.convertValue(c.get("params"), Map.class));
        }
        List<Msg.Text> paramProblems = new ArrayList<>();
        Parameters params = checker.parameterSet().withOverrides(overrides, paramProblems);
        if (params == null) {
            return new CaseResult(ruleId, file, name, kind, false, Msg.get(l, "packTester.parameterError")
                    + String.join(Msg.get(l, "packTester.punct2"), paramProblems.stream().map(p -> p.in(l)).toList()));
        }
        if (c.has("due")) {
            String problem = dueProblem(checker, new RawRecord(file, i, record, List.of()), params, ruleId, c.get("due"), l);
            if (problem != null || !c.has("expect") && !expectNotChecked) {
                return new CaseResult(ruleId, file, name, kind, problem == null, problem == null ? "" : problem);
            }
        }
        CheckResult result = checker.checkRaw(new RawRecord(file, i, record, List.of()), params);
        if (result.status() == Status.REJECTED) {
            StringBuilder sb = new StringBuilder(Msg.get(l, "packTester.recordWasRejected"));
            result.errors().forEach(e -> sb.append(e.path()).append(' ').append(e.message()).append(Msg.get(l, "packTester.punct2")));
            return new CaseResult(ruleId, file, name, kind, false, sb.toString());
        }
        boolean listedNotChecked = result.notChecked().stream().anyMatch(n -> n.ruleId().equals(ruleId));
        List<Finding> findings = result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        List<String> actual = findings.stream().map(Finding::path).toList();
        if (expectNotChecked) {
            boolean ok = listedNotChecked && actual.isEmpty();
            return new CaseResult(ruleId, file, name, kind, ok, ok ? "" : Msg.get(l, "packTester.expectedNotCheckedBut")
                    + (actual.isEmpty() ? Msg.get(l, "packTester.wasChecked") : Msg.get(l, "packTester.reported") + actual));
        }
        if (listedNotChecked) {
            return new CaseResult(ruleId, file, name, kind, false, Msg.get(l, "packTester.ruleWasListedAsNot")
                    + result.notChecked().stream().filter(n -> n.ruleId().equals(ruleId)).findFirst().get().reason());
        }
        List<String> e = new ArrayList<>(expected);
        List<String> a = new ArrayList<>(actual);
        Collections.sort(e);
        Collections.sort(a);
        if (!e.equals(a)) {
            return new CaseResult(ruleId, file, name, kind, false,
                    Msg.get(l, "packTester.expectedFindingsAtFoundAt", expected, actual));
        }
        String problem = valuesProblem(c.path("expect"), findings, l);
        return new CaseResult(ruleId, file, name, kind, problem == null, problem == null ? "" : problem);
    }

    /**
     * Checks the {@code values} and {@code eventDate} of the {@code expect} entries that give them:
     * each such entry is matched with its own finding at its path (two entries at one path need two
     * findings there). Null when every entry has its finding.
     */
    private static String valuesProblem(JsonNode expect, List<Finding> findings, Language l) {
        List<Finding> unused = new ArrayList<>(findings);
        for (JsonNode entry : expect) {
            if (!entry.isObject() || !entry.has("values") && !entry.has("eventDate")) {
                continue;
            }
            String path = entry.path("path").asText();
            Finding match = null;
            String why = null;
            for (Finding f : unused) {
                if (!f.path().equals(path)) {
                    continue;
                }
                String mismatch = mismatch(entry, f, l);
                if (mismatch == null) {
                    match = f;
                    break;
                }
                why = why == null ? mismatch : why;
            }
            if (match == null) {
                List<String> wanted = new ArrayList<>();
                if (entry.has("values")) {
                    wanted.add(entry.get("values").toString());
                }
                if (entry.has("eventDate")) {
                    wanted.add(Msg.get(l, "packTester.eventDate") + entry.get("eventDate").asText());
                }
                return Msg.get(l, "packTester.findingAtShouldCarry", path) + String.join(Msg.get(l, "packTester.punct3"), wanted)
                        + Msg.get(l, "packTester.punct2") + (why != null ? why : Msg.get(l, "packTester.thereNoOtherFindingThere"));
            }
            unused.remove(match);
        }
        return null;
    }

    /** Why a finding does not carry the entry's values or event date, or null when it does. */
    private static String mismatch(JsonNode entry, Finding f, Language l) {
        if (entry.has("eventDate")) {
            String want = entry.get("eventDate").isNull() ? null : entry.get("eventDate").asText();
            String got = f.eventDate() == null ? null : f.eventDate().toString();
            if (!java.util.Objects.equals(want, got)) {
                return Msg.get(l, "packTester.itsEventDate", got);
            }
        }
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = entry.path("values").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> v = it.next();
            if (!f.values().containsKey(v.getKey())) {
                return Msg.get(l, "packTester.hasNoValueHas", v.getKey(), f.values().keySet());
            }
            Object value = f.values().get(v.getKey());
            if (!sameValue(v.getValue(), value)) {
                return Msg.get(l, "packTester.has", v.getKey(), asJson(value, v.getValue()));
            }
        }
        return null;
    }

    /**
     * A reported value as the JSON a case writes: a date, month or month-day as its ISO text, an enum
     * constant by name, a list as an array, a number or boolean as such; a {@link Deadline} as the
     * real last day, or as {@code {"date", "nominal"}} when the case writes an object.
     */
    static JsonNode asJson(Object value, JsonNode like) {
        if (value == null) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }
        if (value instanceof Deadline d) {
            if (like != null && like.isObject()) {
                com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
                o.put("date", d.date().toString());
                o.put("nominal", d.nominal().toString());
                return o;
            }
            return JSON.getNodeFactory().textNode(d.date().toString());
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof CharSequence) {
            return JSON.valueToTree(value instanceof CharSequence cs ? cs.toString() : value);
        }
        if (value instanceof Enum<?> e) {
            return JSON.getNodeFactory().textNode(e.name());
        }
        if (value instanceof java.util.Collection<?> list) {
            com.fasterxml.jackson.databind.node.ArrayNode a = JSON.createArrayNode();
            int k = 0;
            for (Object o : list) {
                a.add(asJson(o, like != null && like.isArray() ? like.get(k) : null));
                k++;
            }
            return a;
        }
        return JSON.getNodeFactory().textNode(value.toString());
    }

    private static boolean sameValue(JsonNode want, Object got) {
        return equalJson(want, asJson(got, want));
    }

    /** JSON equality with numbers compared by value (3 equals 3.0). */
    private static boolean equalJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int k = 0; k < a.size(); k++) {
                if (!equalJson(a.get(k), b.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * Checks a case's {@code "due": {"month": "2025-06", "expect": ["/suggestions/0", {"path": …,
     * "dueDate": "2025-06-10"}]}}: the places where the rule's duties of that month (due, open or
     * recurring) are, exactly; a {@code dueDate} given must match too. Null when it holds.
     */
    private static String dueProblem(Checker checker, RawRecord raw, Parameters params, String ruleId, JsonNode due,
                                     Language l) {
        java.time.YearMonth month;
        try {
            month = java.time.YearMonth.parse(due.path("month").asText(""));
        } catch (java.time.format.DateTimeParseException e) {
            return Msg.get(l, "packTester.dueNeedsMonthYyyyMm") + due.path("month");
        }
        if (!due.path("expect").isArray()) {
            return Msg.get(l, "packTester.dueNeedsExpectArrayPaths");
        }
        DueResult r = checker.dueRaw(raw, params, month);
        if (r.status() == Status.REJECTED) {
            StringBuilder sb = new StringBuilder(Msg.get(l, "packTester.dutiesWereRejected"));
            r.errors().forEach(e -> sb.append(e.path()).append(' ').append(e.message()).append(Msg.get(l, "packTester.punct2")));
            return sb.toString();
        }
        if (r.notChecked().stream().anyMatch(n -> n.ruleId().equals(ruleId))) {
            return Msg.get(l, "packTester.ruleCannotLookAheadNot");
        }
        List<String> actual = new ArrayList<>();
        List<String> actualDated = new ArrayList<>();
        for (List<Duty> part : List.of(r.due(), r.open(), r.recurring())) {
            for (Duty d : part) {
                if (d.ruleId().equals(ruleId)) {
                    for (String p : d.paths()) {
                        actual.add(p);
                        actualDated.add(p + " " + d.dueDate());
                    }
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (JsonNode e : due.get("expect")) {
            String path = e.isObject() ? e.path("path").asText() : e.asText();
            expected.add(path);
            if (e.isObject() && e.has("dueDate") && !actualDated.contains(path + " " + e.get("dueDate").asText())) {
                return Msg.get(l, "packTester.dutyExpectedAtDueFound", month, path, e.get("dueDate").asText(), actualDated);
            }
        }
        List<String> a = new ArrayList<>(actual);
        Collections.sort(a);
        Collections.sort(expected);
        return a.equals(expected) ? null : Msg.get(l, "packTester.dutiesExpectedAtFoundAt", month, expected, actual);
    }

    private static JsonNode baseOf(JsonNode c) throws IOException {
        if (c.has("record")) {
            return c.get("record");
        }
        String base = c.path("base").asText("township");
        if (!BASES.contains(base)) {
            throw new IllegalArgumentException("base: " + String.join(", ", BASES) + " / " + base);
        }
        try (InputStream in = PackTester.class.getResourceAsStream("fixtures/" + base + ".json")) {
            return JSON.readTree(in);
        }
    }
}
