package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.renda.check.PackProblem;
import org.renda.check.TestSupport;

/** The trusted-pack guard against realistic attacks, and against false alarms on legitimate rules. */
class PackLintTest {

    private static final String HEAD = """
            package renda.packs.t;

            import org.renda.check.model.*;

            global Findings findings;

            """;
    private static final String META = """
                @id("T-001") @severity("ERROR") @appliesTo("TOWNSHIP") @needs("sessions") @yearComplete("false")
                @since("1.0.0") @title("t") @titleEn("t") @basis("组织法 第十四条") @message("m") @messageEn("m")
                @remedy("r") @remedyEn("r")
            """;

    private static List<PackProblem> lint(String drl) {
        List<PackProblem> problems = new ArrayList<>();
        PackLint.lint("t/x.drl", drl, problems);
        return problems;
    }

    private static String rule(String when, String then) {
        return HEAD + "rule \"T-001\"\n" + META + "when\n" + when + "\nthen\n" + then + "\nend\n";
    }

    private static final String REPORT = "    findings.report($s.path(), $s.startDate());";

    @Test
    void aConsequenceWrittenForTheOldReportCallIsToldTheNewOne() {
        List<PackProblem> p = lint(rule("    $s : Session()", "    findings.report(kcontext, $s.path(), $s.startDate());"));
        assertThat(p).extracting(PackProblem::message)
                .containsExactly("findings.report 不再需要 kcontext 参数：请写 findings.report(位置, 事件日期, \"名字\", 值, …)");
    }

    @Test
    void legitimateRulesPass() throws IOException {
        assertThat(lint(TestSupport.quorumDrl())).isEmpty();
        String[] lhs = {
            "    $s : Session( Periods.daysBetween(startDate, endDate) > 3 )",
            "    $r : AnnualRecord()\n    $q : Integer() from $r.endedQuarters()\n    not Meeting( date.year == $r.year() )\n    $s : Session()",
            "    $s : Session()\n    exists Absence( leaveApproved == false )",
            "    $s : Session()\n    accumulate( Session( ordinary ); $n : count(); $n < 2 )",
            "    $s : Session()\n    accumulate( $w : Officer( role == OfficerRole.VICE_CHAIRMAN ); $n : count($w), $names : collectList($w.name()) )",
            "    $s : Session()\n    $all : java.util.List() from collect( Session() )",
            "    $s : Session( startDate.isAfter(java.time.LocalDate.of(2024, 1, 1)) )",
        };
        for (String l : lhs) {
            assertThat(lint(rule(l, REPORT))).as(l).isEmpty();
        }
        String withImport = rule("    $s : Session()", REPORT).replace("global", "import java.time.LocalDate;\nimport java.util.List;\nimport java.time.temporal.ChronoUnit;\nglobal");
        assertThat(lint(withImport)).isEmpty();
        assertThat(lint(rule("    $s : Session()", REPORT.replace("$s.startDate())", "$s.startDate(), \"x\", \"System.exit(1); new File(\\\"y\\\") 'quoted'\")"))))
                .as("words inside strings are data").isEmpty();
    }

    /** Every realistic attack is refused (each a rule that compiles in Drools and would run). */
    @ParameterizedTest
    @ValueSource(strings = {
        // consequences doing more than findings.report
        "T|    System.exit(1);",
        "T|    new java.io.FileWriter(\"/tmp/x\").write(\"x\");",
        "T|    java.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/x\"), \"x\");",
        "T|    findings.report($s.path(), null, \"x\", new Thread(() -> {}));",
        "T|    drools.getKieRuntime().halt();",
        "T|    kcontext.getKieRuntime().insert(\"x\");",
        "T|    findings.report($s.path(), null, \"x\", $s.getClass().getMethod(\"path\").invoke($s));",
        "T|    findings.report($s.path(), null, \"x\", String.class.getClassLoader());",
        "T|    findings.report($s.path(), null, \"x\", java.lang.Runtime.getRuntime().exec(\"id\"));",
        "T|    findings.report($s.path(), null, \"x\", Runtime.getRuntime().availableProcessors());",
        "T|    findings.report($s.path(), null, \"x\", ProcessHandle.current().pid());",
        "T|    findings.report($s.path(), null, \"x\", \\u0053ystem.getenv());",
        "T|    findings.report($s.path(), null, \"x\", java.util.concurrent.Executors.newSingleThreadExecutor());",
        "T|    findings.report($s.path(), null, \"x\", '\"'); System.exit(0); findings.report(null, null, \"\"\"\n\"\"\");",
        "T|    findings.report($s.path(), null, \"x\", $s).toString();",
        // conditions that reach out
        "W|    $s : Session()\n    eval( System.exit(0) == null )",
        "W|    $s : Session()\n    eval(true)",
        "W|    $s : Session( deputiesTotal > Runtime.getRuntime().availableProcessors() )",
        "W|    $s : Session()\n    $f : Object() from java.nio.file.Files.list(java.nio.file.Path.of(\"/\"))",
        "W|    $s : Session()\n    $p : Object() from System.getProperties()",
        "W|    $s : Session()\n    $c : Object() from $s.getClass().getClassLoader()",
        "W|    $s : Session()\n    $t : Object() from new java.util.Timer()",
        "W|    $s : Session()\n    $x : Object() from org.kie.api.KieServices.get()",
        "W|    $s : Session( label() == new java.io.File(\"/etc/passwd\").getName() )",
    })
    void attacksAreRefused(String spec) {
        String code = spec.substring(2);
        String drl = spec.startsWith("T|") ? rule("    $s : Session()", code) : rule(code, REPORT);
        assertThat(lint(drl)).as(drl).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("t/x.drl");
            assertThat(p.message()).isNotBlank();
        });
    }

    @Test
    void outsideRulesToo() {
        String base = rule("    $s : Session()", REPORT);
        List<String> attacks = List.of(
                base.replace("global", "import java.nio.file.Files;\nglobal"),
                base.replace("global", "import java.util.concurrent.Executors;\nglobal"),
                base.replace("global", "import java.util.Timer;\nglobal"),
                base.replace("global", "import java.lang.Runtime;\nglobal"),
                base.replace("global Findings findings;", "global Findings findings;\nglobal java.io.File out;"),
                base + "\nfunction void f() { System.exit(0); }\n",
                base + "\nfunction\tvoid g() { }\n",
                base + "\ndeclare Evil\n  x : java.io.File\nend\n",
                base.replace("rule \"T-001\"", "rule \"T-001\" salience ( Runtime.getRuntime().availableProcessors() )"),
                base.replace("rule \"T-001\"", "rule\"T-001\""),
                base.replace("when\n", "when $x : Session() then System.exit(0); end rule \"U\" when\n"));
        for (String drl : attacks) {
            assertThat(lint(drl)).as(drl).isNotEmpty();
        }
        assertThat(lint(base.replace("global", "import java.io.File;\nglobal"))).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(5));
    }

    @Test
    void exactlyTheThreeGlobalsAreAllowed() {
        String base = rule("    $s : Session( startDate.year == annualRecord.year() )", REPORT);
        String three = "global Findings findings;\nglobal AnnualRecord annualRecord;\nglobal org.renda.check.model.Parameters params;";
        assertThat(lint(base.replace("global Findings findings;", three))).isEmpty();
        for (String wrong : List.of("global Parameters record;", "global AnnualRecord params;", "global AnnualRecord record;",
                "global Parameters parameters;", "global Session session;", "global java.util.List records;")) {
            List<PackProblem> p = lint(base.replace("global Findings findings;", "global Findings findings;\n" + wrong));
            assertThat(p).as(wrong).singleElement().satisfies(x -> {
                assertThat(x.line()).isEqualTo(6);
                assertThat(x.message()).isEqualTo("不允许的 global：" + wrong
                        + "（只允许 global Findings findings、global AnnualRecord annualRecord 与 global Parameters params）");
                assertThat(x.messageEn()).isEqualTo("global not allowed: " + wrong
                        + " (only global Findings findings, global AnnualRecord annualRecord and global Parameters params)");
            });
        }
    }

    /** Optional: {@code -Drenda.lint.corpus=DIR} lints every *.drl under DIR (e.g. the real packs). */
    @Test
    void corpusPasses() throws IOException {
        String dir = System.getProperty("renda.lint.corpus");
        if (dir == null) {
            return;
        }
        List<Path> drls;
        try (Stream<Path> w = Files.walk(Path.of(dir))) {
            drls = w.filter(p -> p.toString().endsWith(".drl") && !p.toString().contains("/target/")).toList();
        }
        List<String> bad = new ArrayList<>();
        for (Path p : drls) {
            for (PackProblem x : lint(Files.readString(p))) {
                bad.add(p + ": " + x);
            }
        }
        System.out.println("lint corpus: " + drls.size() + " files, " + bad.size() + " problems");
        assertThat(bad).isEmpty();
    }
}
