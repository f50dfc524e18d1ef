package org.renda.check.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renda.check.Citation;

/**
 * The laws the packs cite, and their texts: {@code renda/laws/laws.json} on the classpath maps a
 * short name used in {@code @basis} (组织法, 代表法, …) to the full name, its versions with the date
 * each took effect, and the bundled text of each version.
 *
 * <p>A {@code @basis} item reads {@code KEY[(VERSION)] ARTICLE [OLDVERSION: ARTICLE]}, e.g.
 * {@code 代表法 第五十一条第二款 [2015: 第四十二条第一款]}. For an event on date D the version in force on D
 * is cited, with the bracketed article when that is the older version; an item pinned to a version
 * ({@code 代表法(2025) 第五十八条第二款}) is cited only for events on or after that version took effect.
 * Items are separated by {@code ;}. A key the library does not know is cited as written.
 */
public final class LawLibrary {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ITEM = Pattern.compile(
            "^\\s*(?<key>[^\\s(（\\[]+)\\s*(?:[(（](?<pin>\\d{4})[)）])?\\s*(?<article>[^\\[]*?)\\s*(?:\\[\\s*(?<oldver>\\d{4})\\s*[:：]\\s*(?<old>[^\\]]+)\\])?\\s*$");
    private static final Pattern ARTICLE_HEAD = Pattern.compile("^(第[零一二三四五六七八九十百千]+条)(?:之[一二三四五六七八九十]+)?[\\s\u3000]");

    record Version(String version, LocalDate from, String textResource) {
    }

    record Law(String key, String name, List<Version> versions) {
    }

    private final Map<String, Law> laws;
    private final ClassLoader loader;
    private final Map<String, Map<String, String>> articleTexts = new ConcurrentHashMap<>();
    /**
     * Performance (issue #5): citations by basis and <em>era</em>. {@link #resolve} depends on the
     * event date only through comparisons with the dates on which the laws' versions took effect,
     * so every date between two such dates gives the same citations: {@code eras} holds those
     * dates, sorted, and the cache keeps one resolved list per (basis, era) instead of per date.
     */
    private final Map<String, List<Citation>[]> cache = new ConcurrentHashMap<>();
    private final LocalDate[] eras;

    private LawLibrary(Map<String, Law> laws, ClassLoader loader) {
        java.util.TreeSet<LocalDate> cuts = new java.util.TreeSet<>();
        laws.values().forEach(l -> l.versions().forEach(v -> cuts.add(v.from())));
        this.eras = cuts.toArray(new LocalDate[0]);
        this.laws = laws;
        this.loader = loader;
    }

    /** Loads {@code renda/laws/laws.json}; an empty library when the classpath has none. */
    public static LawLibrary load(ClassLoader loader) {
        Map<String, Law> laws = new HashMap<>();
        try (InputStream in = loader.getResourceAsStream("renda/laws/laws.json")) {
            if (in != null) {
                JsonNode root = JSON.readTree(in);
                root.path("laws").fields().forEachRemaining(e -> {
                    List<Version> versions = new ArrayList<>();
                    e.getValue().path("versions").forEach(v -> versions.add(new Version(v.path("version").asText(),
                            LocalDate.parse(v.path("from").asText("1900-01-01")),
                            v.hasNonNull("text") ? "renda/laws/" + v.get("text").asText() : null)));
                    versions.sort((a, b) -> a.from().compareTo(b.from()));
                    laws.put(e.getKey(), new Law(e.getKey(), e.getValue().path("name").asText(e.getKey()), versions));
                });
            }
        } catch (IOException e) {
            throw new IllegalStateException("renda/laws/laws.json is unreadable", e);
        }
        return new LawLibrary(laws, loader);
    }

    /** True when the library knows the short name. */
    public boolean knows(String key) {
        return laws.containsKey(key);
    }

    /** Checks the syntax of a {@code @basis} value; returns the problems (empty when fine). */
    public List<String> lint(String basis) {
        List<String> problems = new ArrayList<>();
        for (String item : basis.split("[;；]")) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                problems.add("无法解析的 @basis 条目：" + item.strip());
            } else if (m.group("pin") != null || m.group("oldver") != null) {
                Law law = laws.get(m.group("key"));
                if (law == null) {
                    problems.add("@basis 条目指定了版本，但法规库中没有 " + m.group("key"));
                }
            }
        }
        return problems;
    }

    /** The citations of a {@code @basis} value for an event on {@code eventDate}. */
    public List<Citation> cite(String basis, LocalDate eventDate) {
        int era = 0;
        while (era < eras.length && !eras[era].isAfter(eventDate)) {
            era++;
        }
        @SuppressWarnings("unchecked")
        List<Citation>[] byEra = cache.computeIfAbsent(basis, k -> new List[eras.length + 1]);
        List<Citation> cited = byEra[era];
        if (cited == null) {
            // a benign race: two threads may resolve the same era; the results are equal
            cited = resolve(basis, eventDate);
            byEra[era] = cited;
        }
        return cited;
    }

    private List<Citation> resolve(String basis, LocalDate date) {
        List<Citation> out = new ArrayList<>();
        for (String item : basis.split("[;；]")) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                out.add(new Citation(item.strip(), null, "", null));
                continue;
            }
            Law law = laws.get(m.group("key"));
            String article = m.group("article").strip();
            if (law == null || law.versions().isEmpty()) {
                out.add(new Citation(law == null ? m.group("key") : law.name(), null, article, null));
                continue;
            }
            Version inForce = law.versions().get(0);
            for (Version v : law.versions()) {
                if (!v.from().isAfter(date)) {
                    inForce = v;
                }
            }
            String pin = m.group("pin");
            if (pin != null) {
                Version pinned = find(law, pin);
                if (pinned == null || pinned.from().isAfter(date)) {
                    continue;
                }
                inForce = pinned;
            } else if (m.group("oldver") != null && m.group("oldver").equals(inForce.version())) {
                article = m.group("old").strip();
            } else if (m.group("oldver") != null) {
                inForce = law.versions().get(law.versions().size() - 1);
            }
            out.add(new Citation(law.name(), inForce.version(), article, articleText(inForce, article)));
        }
        return List.copyOf(out);
    }

    private static Version find(Law law, String version) {
        for (Version v : law.versions()) {
            if (v.version().equals(version)) {
                return v;
            }
        }
        return null;
    }

    private String articleText(Version v, String article) {
        if (v.textResource() == null) {
            return null;
        }
        int tiao = article.indexOf('条');
        if (!article.startsWith("第") || tiao < 0) {
            return null;
        }
        String key = article.substring(0, tiao + 1);
        return articleTexts.computeIfAbsent(v.textResource(), this::parseArticles).get(key);
    }

    private Map<String, String> parseArticles(String resource) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            String current = null;
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                Matcher m = ARTICLE_HEAD.matcher(l + " ");
                if (m.find()) {
                    if (current != null) {
                        out.putIfAbsent(current, text.toString().strip());
                    }
                    current = m.group(1);
                    text.setLength(0);
                    text.append(l);
                } else if (l.startsWith("#") || l.startsWith("<!--")) {
                    if (current != null) {
                        out.putIfAbsent(current, text.toString().strip());
                    }
                    current = null;
                    text.setLength(0);
                } else if (current != null && !l.isEmpty()) {
                    text.append('\n').append(l);
                }
            }
            if (current != null) {
                out.putIfAbsent(current, text.toString().strip());
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }
}
