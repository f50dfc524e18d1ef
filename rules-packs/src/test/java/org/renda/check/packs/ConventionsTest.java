package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renda.check.Checker;
import org.renda.check.RuleInfo;

/**
 * The conventions every rule keeps, checked at once and reported together (PMD's model): every
 * catalogue ID implemented exactly once, metadata agreeing with {@code rules.tsv} (the catalogue
 * 1.1 contract; a rule with a later {@code @since} is beyond it and needs no line), each rule with a
 * firing and a silent fixture and a doc beside it, and every message placeholder filled by its
 * consequence. One failure lists every problem.
 */
class ConventionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Pattern META = Pattern.compile("@(message|messageEn)\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
    private static final Pattern REPORTED_NAME = Pattern.compile("\"([A-Za-z0-9_]+)\"\\s*,");

    @Test
    void everyRuleKeepsTheConventions() throws Exception {
        Catalogue catalogue = Catalogue.load();
        List<String> problems = new ArrayList<>();
        List<RuleInfo> rules;
        try (Checker checker = Checker.builder().build()) {
            rules = checker.rules();
        }
        Map<String, Integer> seen = new HashMap<>();
        for (RuleInfo r : rules) {
            seen.merge(r.id(), 1, Integer::sum);
            Catalogue.Entry e = catalogue.entries().get(r.id());
            if (e == null) {
                if (!afterContract(r.since())) {
                    problems.add(r.id() + ": not in the catalogue (rules.tsv), which lists the rules of catalogue "
                            + CONTRACT + "; a rule added since says so with a later @since");
                }
                checkUnit(r, problems);
                continue;
            }
            if (!e.pack().equals(r.pack())) {
                problems.add(r.id() + ": in pack " + r.pack() + ", the catalogue says " + e.pack());
            }
            if (!e.severity().equals(r.severity().name())) {
                problems.add(r.id() + ": severity " + r.severity() + ", the catalogue says " + e.severity());
            }
            if (!new TreeSet<>(e.appliesTo()).equals(new TreeSet<>(r.appliesTo()))) {
                problems.add(r.id() + ": @appliesTo " + r.appliesTo() + ", the catalogue says " + e.appliesTo());
            }
            if (!new TreeSet<>(e.needs()).equals(new TreeSet<>(r.needs()))) {
                problems.add(r.id() + ": @needs " + r.needs() + ", the catalogue says " + e.needs());
            }
            checkUnit(r, problems);
        }
        for (String id : catalogue.entries().keySet()) {
            int n = seen.getOrDefault(id, 0);
            if (n == 0) {
                problems.add(id + ": in the catalogue but implemented by no rule");
            } else if (n > 1) {
                problems.add(id + ": implemented " + n + " times");
            }
        }
        assertThat(problems).as(problems.size() + " convention problem(s):\n  " + String.join("\n  ", problems)).isEmpty();
    }

    @Test
    void onlyARuleAddedAfterTheContractMayBeMissingFromIt() {
        assertThat(afterContract("1.0.0")).isFalse();
        assertThat(afterContract("1.1.0")).isFalse();
        assertThat(afterContract("1.1.3")).isFalse();
        assertThat(afterContract("1.2.0")).isTrue();
        assertThat(afterContract("2.0.0")).isTrue();
    }

    /**
     * The catalogue version {@code rules.tsv} is the contract of (the spec's rule list). A rule
     * added to a bundled pack after it ({@code @since} later) is beyond the contract: adding it is
     * its three files, with no line to add here; the checks of its files still apply.
     */
    static final String CONTRACT = "1.1";

    static boolean afterContract(String since) {
        String[] v = since.split("\\.");
        String[] c = CONTRACT.split("\\.");
        int major = Integer.parseInt(v[0]);
        int minor = v.length > 1 ? Integer.parseInt(v[1]) : 0;
        return major > Integer.parseInt(c[0]) || major == Integer.parseInt(c[0]) && minor > Integer.parseInt(c[1]);
    }

    /** The files of one rule unit: ID.drl, ID.cases.json (firing and silent), ID.md; placeholders filled. */
    private static void checkUnit(RuleInfo r, List<String> problems) throws Exception {
        String base = "renda/packs/" + r.pack() + "/" + r.id();
        if (r.source() == null || !r.source().equals(r.pack() + "/" + r.id() + ".drl")) {
            problems.add(r.id() + ": declared in " + r.source() + "; a rule lives in " + r.pack() + "/" + r.id() + ".drl");
        }
        String drl = Catalogue.resource(base + ".drl");
        if (drl != null) {
            Set<String> passed = new HashSet<>();
            int at = drl.indexOf("findings.report(");
            if (at >= 0) {
                Matcher m = REPORTED_NAME.matcher(drl.substring(at));
                while (m.find()) {
                    passed.add(m.group(1));
                }
            }
            Matcher meta = META.matcher(drl);
            while (meta.find()) {
                Matcher ph = PLACEHOLDER.matcher(meta.group(2));
                while (ph.find()) {
                    if (!passed.contains(ph.group(1))) {
                        problems.add(r.id() + ": @" + meta.group(1) + " uses {" + ph.group(1) + "} but the consequence never passes it");
                    }
                }
            }
        }
        String cases = Catalogue.resource(base + ".cases.json");
        if (cases == null) {
            problems.add(r.id() + ": no fixtures (" + r.id() + ".cases.json)");
        } else {
            JsonNode root = JSON.readTree(cases);
            if (!r.id().equals(root.path("rule").asText())) {
                problems.add(r.id() + ": " + r.id() + ".cases.json names rule " + root.path("rule").asText());
            }
            boolean fires = false;
            boolean silent = false;
            for (JsonNode c : root.path("cases")) {
                if (c.path("expect").isArray() && !c.path("expect").isEmpty()) {
                    fires = true;
                } else if (c.path("expect").isArray()) {
                    silent = true;
                }
            }
            if (!fires) {
                problems.add(r.id() + ": no fixture that makes it fire");
            }
            if (!silent) {
                problems.add(r.id() + ": no fixture that keeps it silent");
            }
        }
        if (Catalogue.resource(base + ".md") == null) {
            problems.add(r.id() + ": no doc (" + r.id() + ".md)");
        }
    }
}
