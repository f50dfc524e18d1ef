package org.renda.check.packs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.Language;

/**
 * The checkers of the bundled packs (Chinese and English), built once for all test classes of this
 * module (a checker is thread-safe and immutable), and the fixture bases as fresh trees.
 */
final class BundledCheckers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Checker zh;
    private static Checker en;

    private BundledCheckers() {
    }

    /** The checker of every bundled pack, default parameters, Chinese. */
    static synchronized Checker zh() {
        if (zh == null) {
            zh = build(Language.ZH);
        }
        return zh;
    }

    /** The same in English. */
    static synchronized Checker en() {
        if (en == null) {
            en = build(Language.EN);
        }
        return en;
    }

    private static Checker build(Language lang) {
        try {
            return Checker.builder().language(lang).build();
        } catch (CheckerBuildException e) {
            throw new IllegalStateException("the bundled packs do not load: " + e.problems(), e);
        }
    }

    /** A fixture base ({@code township}, {@code street}, {@code township-midyear}, {@code township-2025}), a fresh copy. */
    static ObjectNode fixture(String name) {
        try (InputStream in = Checker.class.getResourceAsStream("fixtures/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
