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
 * Items are separated by {@code ;}. A key the library does not know is cited as written (and
 * {@link #lint} reports it).
 *
 * <p>A law may carry a <em>concordance</em> (条文对照) in {@code laws.json}: for each older version,
 * the article of the newest version (as written in {@code @basis}) and its counterpart in the older
 * one, e.g. 组织法 {@code "第十四条第一款": "第十一条第一款"}; {@code null} means there is no counterpart
 * and the citation is left out of a finding dated in that version's time; a key ending in {@code *}
 * maps every article that starts with it, keeping the rest ({@code "第十八条*": "第十四条*"}: 第十八条第二款
 * → 第十四条第二款). A bracketed article in the item wins over the concordance.
 *
 * <p>An item may be limited to one kind of body with a trailing {@code （乡镇）} or {@code （街道）}
 * ({@code (TOWNSHIP)}, {@code (STREET)}): it is cited only for records of that kind.
 */
public final class LawLibrary {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ITEM = Pattern.compile(
            "^\\s*(?<key>[^\\s(（\\[]+)\\s*(?:[(（](?<pin>\\d{4})[)）])?\\s*(?<article>[^\\[]*?)\\s*(?:\\[\\s*(?<oldver>\\d{4})\\s*[:：]\\s*(?<old>[^\\]]+)\\])?\\s*(?:[(（](?<kind>乡镇|街道|TOWNSHIP|STREET)[)）])?\\s*$");
    /** An article reference: 第N条, optionally 第N款 and 第N项 (之一 articles included). */
    private static final Pattern ARTICLE_REF = Pattern.compile(
            "^(?<tiao>第[零一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?)(?:第(?<kuan>[一二三四五六七八九十]+)款)?(?:第(?<xiang>[一二三四五六七八九十]+)项)?$");
    private static final Pattern ARTICLE_HEAD = Pattern.compile("^(第[零一二三四五六七八九十百千]+条)(?:之[一二三四五六七八九十]+)?[\\s\u3000]");

    record Version(String version, LocalDate from, String textResource) {
    }

    /**
     * A law: its versions (oldest first) and, per older version, the concordance from the newest
     * version's articles (a key ending in {@code *} is a prefix; a null value: no counterpart).
     */
    record Law(String key, String name, List<Version> versions, Map<String, Map<String, String>> concordance) {
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
                    Map<String, Map<String, String>> concordance = new HashMap<>();
                    e.getValue().path("concordance").fields().forEachRemaining(c -> {
                        Map<String, String> table = new java.util.LinkedHashMap<>();
                        c.getValue().fields().forEachRemaining(a -> table.put(a.getKey(),
                                a.getValue().isNull() ? null : a.getValue().asText()));
                        concordance.put(c.getKey(), table);
                    });
                    laws.put(e.getKey(), new Law(e.getKey(), e.getValue().path("name").asText(e.getKey()), versions,
                            concordance));
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

    /**
     * Checks a {@code @basis} value; returns the problems (empty when fine): an item that does not
     * parse, a law key the library does not know, an article that is not in the bundled text of the
     * version it is cited in (the newest, a pinned one, or the bracketed older one), and an article of
     * a law with a concordance that has no entry there.
     */
    public List<Msg.Text> lint(String basis) {
        List<Msg.Text> problems = new ArrayList<>();
        for (String item : basis.split("[;；]")) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                problems.add(new Msg.Text("lawLibrary.unparsableBasisItem", item.strip()));
                continue;
            }
            Law law = laws.get(m.group("key"));
            if (law == null && laws.isEmpty()) {
                continue; // no law table on the class path (a core-only embedding): cited as written
            }
            if (law == null) {
                problems.add(new Msg.Text("lawLibrary.unknownLawKey", m.group("key"),
                        new Msg.Joined(new java.util.TreeSet<>(laws.keySet()))));
                continue;
            }
            if (law.versions().isEmpty()) {
                continue;
            }
            String article = m.group("article").strip();
            Version cited = law.versions().get(law.versions().size() - 1);
            if (m.group("pin") != null) {
                cited = find(law, m.group("pin"));
                if (cited == null) {
                    problems.add(new Msg.Text("lawLibrary.unknownPinnedVersion", m.group("pin"), item.strip()));
                    continue;
                }
            }
            for (String part : parts(article)) {
                problems.addAll(articleProblems(cited, part, item.strip()));
            }
            if (m.group("oldver") != null) {
                Version old = find(law, m.group("oldver"));
                if (old == null) {
                    problems.add(new Msg.Text("lawLibrary.unknownBracketedVersion", m.group("oldver"), item.strip()));
                } else {
                    for (String part : parts(m.group("old").strip())) {
                        problems.addAll(articleProblems(old, part, item.strip()));
                    }
                }
            } else if (m.group("pin") == null && !article.isEmpty()) {
                for (Map.Entry<String, Map<String, String>> c : law.concordance().entrySet()) {
                    for (String part : parts(article)) {
                        if (!hasEntry(c.getValue(), part)) {
                            problems.add(new Msg.Text("lawLibrary.noConcordanceEntry", law.key(), part, c.getKey(), item.strip()));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Checks the library itself: every concordance entry names an article of the newest version and
     * one of the older version (or null), in their bundled texts. Each problem names laws.json.
     */
    public List<Msg.Text> lintLibrary() {
        List<Msg.Text> problems = new ArrayList<>();
        for (Law law : laws.values()) {
            for (Map.Entry<String, Map<String, String>> c : law.concordance().entrySet()) {
                Version old = find(law, c.getKey());
                if (old == null || law.versions().isEmpty()) {
                    problems.add(new Msg.Text("lawLibrary.concordanceVersionMissing", law.key(), c.getKey()));
                    continue;
                }
                Version newest = law.versions().get(law.versions().size() - 1);
                for (Map.Entry<String, String> a : c.getValue().entrySet()) {
                    String from = a.getKey().endsWith("*") ? a.getKey().substring(0, a.getKey().length() - 1) : a.getKey();
                    for (Msg.Text p : articleProblems(newest, from, from)) {
                        problems.add(new Msg.Text("lawLibrary.concordanceProblem", law.key(), p));
                    }
                    if (a.getValue() != null) {
                        String to = a.getValue().endsWith("*") ? a.getValue().substring(0, a.getValue().length() - 1) : a.getValue();
                        for (Msg.Text p : articleProblems(old, to, a.getKey() + " → " + a.getValue())) {
                            problems.add(new Msg.Text("lawLibrary.concordanceProblem", law.key(), p));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** Problems of an article reference in a version with a bundled text (none when the version has no text). */
    private List<Msg.Text> articleProblems(Version v, String article, String where) {
        if (v.textResource() == null || article.isEmpty()) {
            return List.of();
        }
        Matcher a = ARTICLE_REF.matcher(article);
        if (!a.matches()) {
            // free text such as "（会期）" for a law without articles cited here, or a whole 条 plus words
            return article.startsWith("第") ? List.of(new Msg.Text("lawLibrary.unreadableArticleNumber", article, where)) : List.of();
        }
        String text = articleTexts.computeIfAbsent(v.textResource(), this::parseArticles).get(a.group("tiao"));
        if (text == null) {
            return List.of(new Msg.Text("lawLibrary.articleNotInText", article, v.version(), where));
        }
        List<String> paragraphs = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("（")) {
                if (items.isEmpty()) {
                    paragraphs.add("");
                    items.add(new ArrayList<>());
                }
                items.get(items.size() - 1).add(line);
            } else {
                paragraphs.add(line);
                items.add(new ArrayList<>());
            }
        }
        int kuan = a.group("kuan") == null ? 0 : chineseNumber(a.group("kuan"));
        if (kuan > paragraphs.size()) {
            return List.of(new Msg.Text("lawLibrary.paragraphNotInText", article, v.version(), a.group("tiao"),
                    paragraphs.size(), where));
        }
        if (a.group("xiang") != null) {
            int xiang = chineseNumber(a.group("xiang"));
            List<String> list = kuan == 0 ? items.stream().flatMap(List::stream).toList() : items.get(kuan - 1);
            if (xiang > list.size()) {
                return List.of(new Msg.Text("lawLibrary.itemNotInText", article, v.version(), list.size(), where));
            }
        }
        return List.of();
    }

    /**
     * The article references of an article text as written: its leading reference list without a
     * remark ({@code 第十四条第一款 (“…”)} → 第十四条第一款), each part of a list in full
     * ({@code 第五十九条第三款、第四款} → 第五十九条第三款, 第五十九条第四款). Text that is not a reference
     * (湖南条例 (会期)) gives itself.
     */
    static List<String> parts(String article) {
        int end = 0;
        while (end < article.length() && "第零一二三四五六七八九十百千条款项之、".indexOf(article.charAt(end)) >= 0) {
            end++;
        }
        if (end == 0) {
            return List.of(article);
        }
        List<String> out = new ArrayList<>();
        String tiao = null;
        String kuan = "";
        for (String p : article.substring(0, end).split("、")) {
            if (p.isEmpty()) {
                continue;
            }
            String full = p;
            if (tiao != null && (p.endsWith("款") || p.endsWith("项")) && !p.contains("条")) {
                full = p.endsWith("款") ? tiao + p : tiao + kuan + p;
            }
            Matcher a = ARTICLE_REF.matcher(full);
            if (a.matches()) {
                tiao = a.group("tiao");
                kuan = a.group("kuan") == null ? "" : "第" + a.group("kuan") + "款";
            }
            out.add(full);
        }
        return out;
    }

    /** 一 … 九十九 as a number. */
    static int chineseNumber(String s) {
        String digits = "零一二三四五六七八九";
        int tens = s.indexOf('十');
        if (tens < 0) {
            return digits.indexOf(s.charAt(0));
        }
        int high = tens == 0 ? 1 : digits.indexOf(s.charAt(0));
        int low = tens == s.length() - 1 ? 0 : digits.indexOf(s.charAt(tens + 1));
        return high * 10 + low;
    }

    private static boolean hasEntry(Map<String, String> table, String article) {
        if (table.containsKey(article)) {
            return true;
        }
        for (String k : table.keySet()) {
            if (k.endsWith("*") && article.startsWith(k.substring(0, k.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counterpart of {@code article} in a concordance table: the article, or null when there is
     * none; {@code article} itself when the table has no entry (lint reports that).
     */
    private static String counterpart(Map<String, String> table, String article) {
        if (table.containsKey(article)) {
            return table.get(article);
        }
        String best = null;
        for (String k : table.keySet()) {
            if (k.endsWith("*") && article.startsWith(k.substring(0, k.length() - 1))
                    && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        if (best == null) {
            return article;
        }
        String to = table.get(best);
        if (to == null) {
            return null;
        }
        return to.substring(0, to.length() - 1) + article.substring(best.length() - 1);
    }

    /** The citations of a {@code @basis} value for an event on {@code eventDate}, for any kind of body. */
    public List<Citation> cite(String basis, LocalDate eventDate) {
        return cite(basis, eventDate, null);
    }

    /**
     * The citations of a {@code @basis} value for an event on {@code eventDate} in a record of the
     * given kind ({@code TOWNSHIP} or {@code STREET}; null = items for either kind are all cited).
     */
    public List<Citation> cite(String basis, LocalDate eventDate, String kind) {
        int era = 0;
        while (era < eras.length && !eras[era].isAfter(eventDate)) {
            era++;
        }
        String key = kind == null ? basis : basis + "\u0000" + kind;
        @SuppressWarnings("unchecked")
        List<Citation>[] byEra = cache.computeIfAbsent(key, k -> new List[eras.length + 1]);
        List<Citation> cited = byEra[era];
        if (cited == null) {
            // a benign race: two threads may resolve the same era; the results are equal
            cited = resolve(basis, eventDate, kind);
            byEra[era] = cited;
        }
        return cited;
    }

    private List<Citation> resolve(String basis, LocalDate date, String kind) {
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
            if (kind != null && m.group("kind") != null && !kind.equals(kindOf(m.group("kind")))) {
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
            } else if (law.concordance().containsKey(inForce.version()) && !article.isEmpty()) {
                // the article as written is the newest version's: its counterpart by the concordance
                // (a remark after it quotes the newest text and is not carried over)
                List<String> mapped = new ArrayList<>();
                for (String part : parts(article)) {
                    String to = counterpart(law.concordance().get(inForce.version()), part);
                    if (to != null) {
                        mapped.add(to);
                    }
                }
                if (mapped.isEmpty()) {
                    continue; // no counterpart in the version in force: the citation is left out
                }
                article = String.join("、", mapped);
            }
            out.add(new Citation(law.name(), inForce.version(), article, articleText(inForce, article)));
        }
        return List.copyOf(out);
    }

    private static String kindOf(String marker) {
        return marker.equals("乡镇") || marker.equals("TOWNSHIP") ? "TOWNSHIP" : "STREET";
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
