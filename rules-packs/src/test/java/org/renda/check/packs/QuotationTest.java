package org.renda.check.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every quotation of a law in a rule document ({@code ID.md}: a {@code > …} block under a line
 * naming 《law》（version）第N条) is verbatim: each part between ellipses is in the text of that
 * article in the bundled law text of that version. Quotations of laws whose text is not bundled
 * (民法典, 湖南条例) are listed, not judged.
 */
class QuotationTest {

    private static final Path PACKS = Path.of("src/main/resources/renda/packs");
    private static final Pattern SOURCE = Pattern.compile("《([^》]+)》(?:（(\\d{4})）)?(第[零一二三四五六七八九十百千]+条)");
    private static final Pattern ARTICLE_HEAD = Pattern.compile("^(第[零一二三四五六七八九十百千]+条)[\\s\u3000]");

    /** Law name or key → version → text file. */
    private static Map<String, Map<String, String>> texts() throws IOException {
        Map<String, Map<String, String>> out = new HashMap<>();
        try (InputStream in = QuotationTest.class.getClassLoader().getResourceAsStream("renda/laws/laws.json")) {
            JsonNode laws = new ObjectMapper().readTree(in).path("laws");
            laws.fields().forEachRemaining(e -> {
                Map<String, String> byVersion = new HashMap<>();
                e.getValue().path("versions").forEach(v -> {
                    if (v.hasNonNull("text")) {
                        byVersion.put(v.path("version").asText(), v.path("text").asText());
                    }
                });
                out.put(e.getKey(), byVersion);
                out.put(e.getValue().path("name").asText(), byVersion);
            });
        }
        return out;
    }

    private static final Map<String, Map<String, String>> ARTICLES = new HashMap<>();

    /** The articles of a bundled text, by 第N条, whitespace removed. */
    private static Map<String, String> articles(String file) {
        return ARTICLES.computeIfAbsent(file, f -> {
            Map<String, String> out = new HashMap<>();
            try (InputStream in = QuotationTest.class.getClassLoader().getResourceAsStream("renda/laws/" + f)) {
                String current = null;
                StringBuilder text = new StringBuilder();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    Matcher m = ARTICLE_HEAD.matcher(line.strip() + " ");
                    if (m.find() || line.startsWith("#")) {
                        if (current != null) {
                            out.putIfAbsent(current, text.toString());
                        }
                        current = m.find(0) ? m.group(1) : null;
                        text.setLength(0);
                    }
                    text.append(squash(line));
                }
                if (current != null) {
                    out.putIfAbsent(current, text.toString());
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out;
        });
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }

    private static final Pattern INLINE = Pattern.compile(
            "(第[零一二三四五六七八九十百千]+条)|“([^”]+)”|\"([^\"]+)\"");

    /** Judges one quotation; 1 when judged, 0 when the law has no bundled text. */
    private static int judge(Map<String, Map<String, String>> texts, Path doc, String law, String version,
                             String article, String quote, List<String> wrong) {
        Map<String, String> versions = law == null ? null : texts.get(law);
        if (versions == null || versions.isEmpty()) {
            return 0; // no bundled text (民法典, 湖南条例) or no source line: not judged
        }
        String v = version != null ? version : versions.keySet().stream().max(String::compareTo).orElseThrow();
        String file = versions.get(v);
        if (file == null) {
            wrong.add(doc.getFileName() + ": 《" + law + "》没有 " + v + " 年版本的文本");
            return 1;
        }
        String text = articles(file).get(article);
        if (text == null) {
            wrong.add(doc.getFileName() + ": 《" + law + "》（" + v + "）没有" + article);
            return 1;
        }
        for (String part : squash(quote).split("……|…")) {
            String p = part.replaceAll("^[“\"]|[”\"]$", "");
            if (!p.isEmpty() && !text.contains(p)) {
                wrong.add(doc.getFileName() + ": 《" + law + "》（" + v + "）" + article + " 中没有：" + p);
            }
        }
        return 1;
    }

    @Test
    void everyQuotationInARuleDocumentIsVerbatim() throws IOException {
        Map<String, Map<String, String>> texts = texts();
        List<String> wrong = new ArrayList<>();
        int judged = 0;
        List<Path> docs;
        try (Stream<Path> s = Files.walk(PACKS)) {
            docs = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(docs).hasSizeGreaterThanOrEqualTo(59);
        for (Path doc : docs) {
            List<String> lines = Files.readAllLines(doc);
            String law = null;
            String version = null;
            String article = null;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.startsWith(">")) {
                    Matcher m = SOURCE.matcher(line);
                    if (m.find()) {
                        law = m.group(1);
                        version = m.group(2);
                        article = m.group(3);
                        // inline quotations on the same line: 《法》（版本）第N条…：“…”; a later 第N条 outside
                        // quotes and brackets names the article of the quotations after it
                        String rest = line.substring(m.end()).replaceAll("［[^］]*］|（(?![一二三四五六七八九十]+）)[^）“”\"]*）|\\([^)“”\"]*\\)", "");
                        String current = article;
                        Matcher q = INLINE.matcher(rest);
                        while (q.find()) {
                            if (q.group(1) != null) {
                                current = q.group(1);
                            } else {
                                judged += judge(texts, doc, law, version, current, q.group(2) != null ? q.group(2) : q.group(3), wrong);
                            }
                        }
                    } else if (!line.isBlank()) {
                        law = null;
                    }
                    continue;
                }
                StringBuilder quote = new StringBuilder();
                while (i < lines.size() && lines.get(i).startsWith(">")) {
                    quote.append(lines.get(i).substring(1));
                    i++;
                }
                judged += judge(texts, doc, law, version, article, quote.toString(), wrong);
            }
        }
        assertThat(wrong).as("quotations that are not verbatim").isEmpty();
        assertThat(judged).as("quotations judged").isGreaterThanOrEqualTo(50);
    }
}
