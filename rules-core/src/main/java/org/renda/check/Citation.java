package org.renda.check;

/**
 * One legal basis of a finding (法律依据), e.g. 《地方各级人民代表大会和地方各级人民政府组织法》(2022)
 * 第十四条第四款.
 *
 * @param law         the full name of the law or regulation, without 《》
 * @param version     the version cited (year of the text), or null when unknown
 * @param article     the article cited, e.g. {@code 第十四条第四款}, or a descriptive note for texts
 *                    not public at article level
 * @param articleText the text of the whole article (条) as bundled, or null when not available
 */
public record Citation(String law, String version, String article, String articleText) {

    /**
     * 《法规名》第N条, the form auditors read. A citation without an article is the title alone; a
     * part named rather than numbered (a local measure's 进好站) is quoted: 《…》(2025)“进好站”.
     */
    public String display() {
        String a = article == null ? "" : article.strip();
        String part = a.isEmpty() ? "" : a.startsWith("第") || a.startsWith("Art") ? a : "“" + a + "”";
        return "《" + law + "》" + (version == null ? "" : "(" + version + ")") + part;
    }
}
