package org.renda.check.packs;

import org.renda.check.build.PrecompileBundledPacks;
import org.renda.check.internal.*;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.renda.check.PackProblem;
import org.junit.jupiter.api.Test;

/**
 * The build step wrote {@code renda/packs/executable-model.txt} and the executable model's classes for the bundled packs and it is used: a
 * silently unused file (as with a key that differs between build and run) would only show as a
 * slow cold start. The precompiled rules have the same names and metadata as compiled ones.
 */
class PrecompiledRulesTest {

    private static List<PackFiles> bundled(ClassLoader l) throws Exception {
        return RuleBaseAssembly.bundled(l);
    }

    @Test
    void bundledPacksLoadPrecompiledWithTheSameRulesAsCompiled() throws Exception {
        ClassLoader l = getClass().getClassLoader();
        List<PackFiles> packs = bundled(l);
        KieBase pre = PrecompiledRules.load(l, packs);
        assertThat(pre).as("precompiled rule base for the bundled packs").isNotNull();

        RuleBase compiled = RuleBaseAssembly.ofDefaults(packs, null).ruleBase(); // compiled, not read
        assertThat(PrecompileBundledPacks.metadata(pre)).isEqualTo(PrecompileBundledPacks.metadata(compiled.kieBase()));
        assertThat(PrecompileBundledPacks.metadata(pre)).hasSize(compiled.rules().size());
    }

    @Test
    void notUsedForASubsetOfTheBundledPacks() throws Exception {
        ClassLoader l = getClass().getClassLoader();
        List<PackFiles> packs = bundled(l);
        assertThat(PrecompiledRules.load(l, packs.subList(0, 1))).isNull();
        assertThat(PrecompiledRules.load(null, packs)).isNull();
    }

    /**
     * At run time the bundled packs' DRL is not linted again when the bytes are the ones the build
     * linted and compiled (the model's key matches); any other bytes, even "from the class path", are.
     */
    @Test
    void lintedAgainUnlessTheBytesAreTheBuildsOwn() throws Exception {
        ClassLoader l = getClass().getClassLoader();
        List<PackFiles> packs = bundled(l);
        assertThat(PrecompiledRules.isBuildVerified(l, packs)).isTrue();
        List<PackProblem> problems = new ArrayList<>();
        assertThat(RuleBaseAssembly.of(packs, Map.of(), "defaults", l, problems)).isNotNull();
        assertThat(problems).isEmpty();

        PackFiles p = packs.get(0);
        Map<String, byte[]> files = new TreeMap<>(p.files());
        String drl = files.keySet().stream().filter(n -> n.endsWith(".drl")).findFirst().orElseThrow();
        files.put(drl, new String(files.get(drl), StandardCharsets.UTF_8)
                .replace("global Findings findings;", "global Findings findings;\nglobal java.io.File out;")
                .getBytes(StandardCharsets.UTF_8));
        List<PackFiles> changed = new ArrayList<>(packs);
        changed.set(0, new PackFiles(p.id(), p.version(), p.title(), p.titleEn(), p.origin(), p.descriptor(), files));
        assertThat(PrecompiledRules.isBuildVerified(l, changed)).isFalse();
        assertThat(RuleBaseAssembly.of(changed, Map.of(), "defaults", l, problems)).isNull();
        assertThat(problems).anySatisfy(x -> {
            assertThat(x.file()).isEqualTo(p.id() + "/" + drl);
            assertThat(x.message()).contains("global java.io.File out");
        });
    }
}
