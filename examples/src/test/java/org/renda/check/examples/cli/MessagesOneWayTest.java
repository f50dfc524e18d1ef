package org.renda.check.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.renda.check.Language;
import org.renda.check.internal.MessageBundle;
import org.renda.check.internal.Msg;
import org.renda.check.workbook.Workbooks;

/**
 * Keeps localisation one way: every text the code says is in a bundle per module, the Chinese and
 * English bundles have the same keys with the same placeholders, every key is used and every key
 * used exists, and no new Chinese string literal appears in main code.
 */
class MessagesOneWayTest {

    /** The module folders (from examples/) and their bundle. */
    private static final Map<String, MessageBundle> BUNDLES = Map.of(
            "../rules-core", Msg.TEXTS,
            "../rules-workbook", new MessageBundle(Workbooks.class, "messages"),
            ".", Texts.TEXTS);

    /** Classes whose Chinese literals are data, not messages: sample names, law-text parsing, Chinese citation form. */
    private static final Set<String> DATA = Set.of("SampleGenerator.java", "LawLibrary.java", "Citation.java");

    /** A Chinese literal in main code that is data, not a message: the file, the literal as written in the source, and why it stays. */
    private record Allowed(String file, String literal, String reason) {
    }

    /**
     * The Chinese literals that stay, each with its reason. The workbook is a Chinese document by design
     * (sheet names, column titles, status words and labels are what the reader matches, and the schema's
     * Chinese titles); input forms the readers accept are data; the fonts and numerals of a Chinese official
     * document are the document's form. Every entry must still occur in its file. Nothing else in main
     * code may hold a Chinese string literal: every text a person reads is in a bundle.
     */
    private static final List<Allowed> ALLOWED = List.of(
            new Allowed("Layout.java", "\"填表说明\"",
                    "the name of the workbook's guide sheet, which the reader skips by name"),
            new Allowed("Layout.java", "\"基本信息\"",
                    "the name of the workbook's first sheet, which the reader requires"),
            new Allowed("Layout.java", "\"已填报\"",
                    "a status word the reader matches in a sheet's status cell"),
            new Allowed("Layout.java", "\"本年无此事项\"",
                    "a status word the reader matches in a sheet's status cell"),
            new Allowed("Layout.java", "\"未报送\"",
                    "a status word the reader matches in a sheet's status cell"),
            new Allowed("WorkbookReader.java", "\"(\\\\d{4})年(\\\\d{1,2})月(\\\\d{1,2})日\"",
                    "the Chinese date form 2025年3月1日 the reader accepts"),
            new Allowed("WorkbookReader.java", "\"是\"",
                    "yes in a boolean cell, accepted whatever labels the schema gives; a TRUE cell read as text"),
            new Allowed("WorkbookReader.java", "\"否\"",
                    "no in a boolean cell, accepted whatever labels the schema gives; a FALSE cell read as text"),
            new Allowed("WorkbookWriter.java", "\"填报状态\"",
                    "the label of a sheet's status cell: part of the Chinese workbook layout"),
            new Allowed("WorkbookWriter.java", "\"项目\"",
                    "a column title of the vertical sheets: part of the Chinese workbook layout"),
            new Allowed("WorkbookWriter.java", "\"填写内容\"",
                    "a column title of the vertical sheets: part of the Chinese workbook layout"),
            new Allowed("WorkbookWriter.java", "\"说明\"",
                    "a column title of the vertical sheets: part of the Chinese workbook layout"),
            new Allowed("Session.java", "\"（\"",
                    "a session's label value (id and start date) that the rules pass raw into findings and JSON reports"),
            new Allowed("Session.java", "\"）\"",
                    "a session's label value (id and start date) that the rules pass raw into findings and JSON reports"),
            new Allowed("SyntaxErrors.java", "'：'",
                    "finds a full-width colon in a pack file's input, to explain a syntax error"),
            new Allowed("RuleMeta.java", "\"[,，\\\\s]+\"",
                    "splits a metadata list on a comma, also the full-width comma of Chinese input"),
            new Allowed("Forward.java", "\"[,，\\\\s]+\"",
                    "splits a deadline list on a comma, also the full-width comma of Chinese input"),
            new Allowed("DocxReport.java", "\"方正小标宋简体\"",
                    "the title font GB/T 9704-2012 names for an official document (公文); Word, WPS and LibreOffice match it by this name"),
            new Allowed("DocxReport.java", "\"仿宋_GB2312\"",
                    "the body font GB/T 9704-2012 names for an official document (公文), matched by this name"),
            new Allowed("DocxReport.java", "\"黑体\"",
                    "the first-level heading font GB/T 9704-2012 names for an official document (公文), matched by this name"),
            new Allowed("DocxReport.java", "\"楷体_GB2312\"",
                    "the second-level heading font GB/T 9704-2012 names for an official document (公文), matched by this name"),
            new Allowed("Ranking.java", "\"一二三四五六七八九十\"",
                    "the Chinese numerals of a quarter (第一季度) and of a Chinese official document's headings (一、 （一）)"));

    /** English texts that quote Chinese input on purpose (the date form 2025年3月1日 the workbook accepts, the name of its first sheet). */
    private static final Set<String> QUOTES_CHINESE = Set.of("messages.expectedDateOrFound", "messages.workbookHasNoSheetWas");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)'");
    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");
    /** A key where a text is looked up: msg("k", Msg.get(l, "k", Texts.get(l, "k", Msg.problem(…, "k", new Msg.Text("k", or a key chosen by ?:. */
    private static final Pattern LOOKUP = Pattern.compile(
            "(?:\\bmsg\\(|\\bMsg\\.get\\(\\w+, |\\bTexts\\.get\\(\\w+, |\\bMsg\\.problem\\([^;\"]*?, |\\bMsg\\.Text\\(|[?:] )\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        BUNDLES.forEach((module, b) -> {
            Map<String, String> zh = b.texts(Language.ZH);
            Map<String, String> en = b.texts(Language.EN);
            assertThat(en.keySet()).as(b.name() + " keys").isEqualTo(zh.keySet());
            assertThat(zh).as(b.name()).isNotEmpty();
            zh.forEach((k, v) -> assertThat(placeholders(en.get(k))).as(b.name() + " " + k).isEqualTo(placeholders(v)));
            en.forEach((k, v) -> {
                if (!QUOTES_CHINESE.contains(k)) {
                    assertThat(v).as(b.name() + "_en " + k).doesNotContainPattern("\\p{IsHan}");
                }
            });
        });
    }

    @Test
    void everyKeyIsUsedAndEveryKeyUsedExists() throws IOException {
        for (Map.Entry<String, MessageBundle> e : BUNDLES.entrySet()) {
            Set<String> keys = e.getValue().texts(Language.ZH).keySet();
            Set<String> prefixes = new TreeSet<>();
            keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
            Set<String> used = new TreeSet<>();
            Set<String> named = new TreeSet<>();
            for (Path f : sources(e.getKey())) {
                String code = code(Files.readString(f, StandardCharsets.UTF_8));
                Matcher m = KEY.matcher(code);
                while (m.find()) {
                    if (prefixes.stream().anyMatch(m.group(1)::startsWith)) {
                        named.add(m.group(1));
                    }
                }
                Matcher c = LOOKUP.matcher(code);
                while (c.find()) {
                    used.add(c.group(1));
                }
            }
            assertThat(new TreeSet<>(keys)).as("keys of " + e.getValue().name() + " no code names").isSubsetOf(named);
            assertThat(used).as("keys looked up in " + e.getKey() + " missing from " + e.getValue().name()).isSubsetOf(keys);
        }
    }

    @Test
    void noNewChineseLiteralsInMainCode() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        Set<String> allowedSeen = new TreeSet<>();
        for (String module : BUNDLES.keySet()) {
            for (Path f : sources(module)) {
                String name = f.getFileName().toString();
                if (DATA.contains(name)) {
                    continue;
                }
                int n = 0;
                Matcher m = LITERAL.matcher(code(Files.readString(f, StandardCharsets.UTF_8)));
                while (m.find()) {
                    String literal = m.group();
                    if (!HAN.matcher(literal).find()) {
                        continue;
                    }
                    if (ALLOWED.stream().anyMatch(a -> a.file().equals(name) && a.literal().equals(literal))) {
                        allowedSeen.add(name + " " + literal);
                    } else {
                        n++;
                    }
                }
                if (n > 0) {
                    found.merge(name, n, Integer::sum);
                }
            }
        }
        List<String> over = new ArrayList<>();
        found.forEach((f, n) -> over.add(f + ": " + n + " Chinese literals; put the text in messages.properties / messages_en.properties"));
        assertThat(over).isEmpty();
        assertThat(allowedSeen).as("allowed literals still in their files")
                .containsExactlyInAnyOrderElementsOf(new TreeSet<>(ALLOWED.stream().map(a -> a.file() + " " + a.literal()).toList()));
        // the detector itself: a planted pair is found
        Matcher m = LITERAL.matcher(code("x = t(\"中文\", \"English\"); // 注释\n"));
        assertThat(m.find() && HAN.matcher(m.group()).find()).isTrue();
    }

    private static List<Path> sources(String module) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of(module, "src/main/java"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The source with comments blanked out (string literals kept). */
    static String code(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(s, i, Math.min(j + 1, n));
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
