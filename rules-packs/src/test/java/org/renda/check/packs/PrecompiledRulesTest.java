package org.renda.check.packs;

import org.renda.check.build.PrecompileBundledPacks;
import org.renda.check.internal.*;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kie.api.KieBase;
import org.junit.jupiter.api.Test;

/**
 * The build step wrote {@code renda/packs/kiebase.kjar} (the executable model) for the bundled packs and it is used: a
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
}
