package org.renda.check.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.renda.check.Language;

/**
 * What a module says, per language: {@code messages.properties} (Chinese, the default) and
 * {@code messages_en.properties} next to an anchor class, read as UTF-8. A text names its arguments
 * by position, {@code {0}}, {@code {1}}, …; they are put in with {@link String#valueOf(Object)}.
 *
 * <p>Deliberately neither {@link java.text.MessageFormat} (which treats {@code '} and {@code {}
 * specially and writes 20000 as "20,000") nor {@link java.util.ResourceBundle} (which, asked for
 * the root bundle, falls back to the JVM's default locale and would answer in English on an English
 * machine). Internal.
 */
public final class MessageBundle {

    private final String name;
    private final Map<Language, Map<String, String>> texts = new java.util.EnumMap<>(Language.class);

    /** The bundle {@code base}{@code .properties} / {@code base_en.properties} in the package of {@code anchor}. */
    public MessageBundle(Class<?> anchor, String base) {
        this.name = anchor.getPackageName().replace('.', '/') + "/" + base;
        texts.put(Language.ZH, load(anchor, base + ".properties"));
        texts.put(Language.EN, load(anchor, base + "_en.properties"));
    }

    private static Map<String, String> load(Class<?> anchor, String file) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("message bundle missing: " + anchor.getPackageName() + "/" + file);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return Collections.unmodifiableMap(m);
    }

    /** The text of {@code key} in this language with the arguments put in. */
    public String get(Language lang, String key, Object... args) {
        String text = texts.get(lang == null ? Language.ZH : lang).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key + " in " + name + " (" + lang + ")");
        }
        return format(text, args);
    }

    /** Every key and its raw text in this language (for the tests that keep the bundles in step). */
    public Map<String, String> texts(Language lang) {
        return texts.get(lang);
    }

    /** The bundle's resource name without the language suffix, e.g. {@code org/renda/check/internal/messages}. */
    public String name() {
        return name;
    }

    /** Replaces each {@code {n}} by argument n; every other character, {@code '} and a lone {@code {} too, stays as it is. */
    static String format(String text, Object... args) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16 * args.length);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '{') {
                int j = i + 1;
                while (j < n && Character.isDigit(text.charAt(j)) && j - i < 4) {
                    j++;
                }
                if (j > i + 1 && j < n && text.charAt(j) == '}') {
                    int index = Integer.parseInt(text, i + 1, j, 10);
                    if (index >= args.length) {
                        throw new IllegalArgumentException("argument {" + index + "} missing for: " + text);
                    }
                    sb.append(args[index]);
                    i = j + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}
