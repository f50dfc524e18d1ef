package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundary an integrator can rely on (issue 15.4). Drools 10 is not modular, so rules-core is an
 * automatic module named {@code org.renda.check} (manifest), and this test enforces what a
 * {@code module-info} would export: every public signature of the API ({@code org.renda.check}) and
 * the fact model ({@code org.renda.check.model}) names only JDK types and types of those two
 * packages — no internal class, no KIE or Drools type, no Jackson type. A public member that
 * leaks one fails here, naming the member.
 */
class ApiBoundaryTest {

    private static final List<String> EXPORTED = List.of("org.renda.check", "org.renda.check.model");

    private static boolean allowed(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return true;
        }
        String pkg = c.getPackageName();
        return pkg.startsWith("java.") || EXPORTED.contains(pkg);
    }

    private static void check(Type t, String where, List<String> leaks) {
        if (t instanceof Class<?> c) {
            if (!allowed(c)) {
                leaks.add(where + " → " + c.getName());
            }
        } else if (t instanceof ParameterizedType p) {
            check(p.getRawType(), where, leaks);
            for (Type a : p.getActualTypeArguments()) {
                check(a, where, leaks);
            }
        } else if (t instanceof GenericArrayType g) {
            check(g.getGenericComponentType(), where, leaks);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                check(b, where, leaks);
            }
            for (Type b : w.getLowerBounds()) {
                check(b, where, leaks);
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                check(b, where, leaks);
            }
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    static List<String> leaks(Class<?> c) {
        List<String> leaks = new ArrayList<>();
        String n = c.getName();
        if (c.getGenericSuperclass() != null) {
            check(c.getGenericSuperclass(), n + " extends", leaks);
        }
        for (Type i : c.getGenericInterfaces()) {
            check(i, n + " implements", leaks);
        }
        for (Field f : c.getDeclaredFields()) {
            if (visible(f.getModifiers())) {
                check(f.getGenericType(), n + "." + f.getName(), leaks);
            }
        }
        List<Executable> members = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic()) {
                members.add(m);
                check(m.getGenericReturnType(), n + "." + m.getName() + "()", leaks);
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (visible(k.getModifiers()) && !k.isSynthetic()) {
                members.add(k);
            }
        }
        for (Executable e : members) {
            for (Type p : e.getGenericParameterTypes()) {
                check(p, n + "." + e.getName() + "(…)", leaks);
            }
            for (Type x : e.getGenericExceptionTypes()) {
                check(x, n + "." + e.getName() + " throws", leaks);
            }
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                check(rc.getGenericType(), n + "." + rc.getName(), leaks);
            }
        }
        return leaks;
    }

    private static List<Class<?>> publicTypes(String pkg) throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Checker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve(pkg.replace('.', '/'));
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String simple = f.getFileName().toString().replace(".class", "");
                Class<?> c = Class.forName(pkg + "." + simple.replace('/', '.'), false, Checker.class.getClassLoader());
                if (isVisibleFromOutside(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean isVisibleFromOutside(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!visible(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return !c.isSynthetic();
    }

    @Test
    void theApiAndTheFactModelNameOnlyTheirOwnTypesAndTheJdks() throws Exception {
        TreeSet<String> leaks = new TreeSet<>();
        int types = 0;
        for (String pkg : EXPORTED) {
            for (Class<?> c : publicTypes(pkg)) {
                types++;
                leaks.addAll(leaks(c));
            }
        }
        assertThat(types).as("public types found in the exported packages").isGreaterThan(40);
        assertThat(leaks).as("public signatures that reach outside the API and the fact model").isEmpty();
    }

    /** The check itself can fail: a signature naming an internal type is caught. */
    public static final class Leaky {
        public org.renda.check.internal.BuildInfo leak() {
            return null;
        }

        public List<? extends com.fasterxml.jackson.databind.JsonNode> nodes() {
            return null;
        }
    }

    @Test
    void aLeakIsNamed() {
        assertThat(leaks(Leaky.class)).containsExactlyInAnyOrder(
                Leaky.class.getName() + ".leak() → org.renda.check.internal.BuildInfo",
                Leaky.class.getName() + ".nodes() → com.fasterxml.jackson.databind.JsonNode");
    }

    @Test
    void theVersionIsTheBuilds() throws Exception {
        Path pom = Path.of("..", "pom.xml");
        String parent = Files.readString(pom);
        String version = parent.replaceAll("(?s).*?<artifactId>renda-check-parent</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertThat(Checker.libraryVersion()).isEqualTo(version);
        assertThat(JsonReportWriter.VERSION).isEqualTo(version);
    }
}
