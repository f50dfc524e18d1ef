package org.renda.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renda.check.internal.JsonPatch;
import org.renda.check.internal.SyntaxErrors;
import org.renda.check.internal.PackFiles;
import org.renda.check.internal.JsonInput.RawRecord;
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
 * parameters for the case. Findings of other rules are ignored.
 */
public final class PackTester {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The clean base records a case may start from: {@code township} and {@code street} are the
     * spec's example records (2024 and 2025, no finding); {@code township-midyear} is the township
     * record as of 2024-06-30 (everything later removed), for "year not complete", "not yet due"
     * and "quarter not yet ended" cases; {@code township-2025} is the township record moved to 2025
     * (every date one year later, the term's election date kept), for rules that apply from 2025
     * (the Loudi pack, DEPUTY-DISCLOSE-001, DEPUTY-RECORDS-001).
     */
    public static final List<String> BASES = List.of("township", "street", "township-midyear", "township-2025");

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
                out.addAll(runFile(checker, pack.displayName(e.getKey()), e.getValue()));
            }
        }
        return out;
    }

    static List<CaseResult> runFile(Checker checker, String file, byte[] bytes) {
        List<CaseResult> out = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of(new CaseResult(null, file, "(file)", "invalid", false, "不是有效的 JSON："
                    + SyntaxErrors.describe(e, null, Language.ZH)));
        } catch (IOException e) {
            return List.of(new CaseResult(null, file, "(file)", "invalid", false, "无法读取：" + e.getMessage()));
        }
        String ruleId = root.path("rule").asText(null);
        JsonNode cases = root.path("cases");
        if (ruleId == null || !cases.isArray() || cases.isEmpty()) {
            return List.of(new CaseResult(ruleId, file, "(file)", "invalid", false, "需要 \"rule\" 和非空的 \"cases\" 数组"));
        }
        int i = 0;
        for (JsonNode c : cases) {
            out.add(runCase(checker, file, ruleId, c, i++));
        }
        return out;
    }

    private static CaseResult runCase(Checker checker, String file, String ruleId, JsonNode c, int i) {
        String name = c.path("name").asText("case " + i);
        boolean expectNotChecked = c.path("notChecked").asBoolean(false);
        List<String> expected = new ArrayList<>();
        c.path("expect").forEach(p -> expected.add(p.asText()));
        String kind = expectNotChecked ? "notChecked" : expected.isEmpty() ? "silent" : "fires";
        if (!expectNotChecked && !c.has("expect")) {
            return new CaseResult(ruleId, file, name, "invalid", false, "用例需要 \"expect\"（路径数组）或 \"notChecked\": true");
        }
        JsonNode record;
        try {
            record = baseOf(c);
            record = JsonPatch.apply(record, c.get("patch"));
        } catch (IllegalArgumentException | IOException e) {
            return new CaseResult(ruleId, file, name, kind, false, "无法构造记录（/cases/" + i + "）：" + e.getMessage());
        }
        Map<String, Object> overrides = new LinkedHashMap<>();
        if (c.has("params")) {
            overrides.putAll(JSON.convertValue(c.get("params"), Map.class));
        }
        List<String> paramProblems = new ArrayList<>();
        Parameters params = checker.parameterSet().withOverrides(overrides, paramProblems);
        if (params == null) {
            return new CaseResult(ruleId, file, name, kind, false, "参数错误：" + String.join("；", paramProblems));
        }
        CheckResult result = checker.checkRaw(new RawRecord(file, i, record, List.of()), params);
        if (result.status() == Status.REJECTED) {
            StringBuilder sb = new StringBuilder("记录被拒绝：");
            result.errors().forEach(e -> sb.append(e.path()).append(' ').append(e.message()).append("；"));
            return new CaseResult(ruleId, file, name, kind, false, sb.toString());
        }
        boolean listedNotChecked = result.notChecked().stream().anyMatch(n -> n.ruleId().equals(ruleId));
        List<String> actual = new ArrayList<>();
        result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).forEach(f -> actual.add(f.path()));
        if (expectNotChecked) {
            boolean ok = listedNotChecked && actual.isEmpty();
            return new CaseResult(ruleId, file, name, kind, ok, ok ? "" : "应列为未检查，实际"
                    + (actual.isEmpty() ? "已检查" : "报告了 " + actual));
        }
        if (listedNotChecked) {
            return new CaseResult(ruleId, file, name, kind, false, "规则被列为未检查："
                    + result.notChecked().stream().filter(n -> n.ruleId().equals(ruleId)).findFirst().get().reason());
        }
        List<String> e = new ArrayList<>(expected);
        List<String> a = new ArrayList<>(actual);
        Collections.sort(e);
        Collections.sort(a);
        boolean ok = e.equals(a);
        return new CaseResult(ruleId, file, name, kind, ok, ok ? "" : "期望在 " + expected + " 报告，实际在 " + actual);
    }

    private static JsonNode baseOf(JsonNode c) throws IOException {
        if (c.has("record")) {
            return c.get("record");
        }
        String base = c.path("base").asText("township");
        if (!BASES.contains(base)) {
            throw new IllegalArgumentException("base 只能是 " + String.join("、", BASES) + "，实为 " + base);
        }
        try (InputStream in = PackTester.class.getResourceAsStream("fixtures/" + base + ".json")) {
            return JSON.readTree(in);
        }
    }
}
