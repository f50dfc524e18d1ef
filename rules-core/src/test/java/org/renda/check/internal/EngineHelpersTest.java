package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renda.check.Language;

/** The hand-written fill and comparePointers (issue #5) behave exactly as the regex/split versions they replaced. */
class EngineHelpersTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    static String oldFill(String template, Map<String, Object> values, Language lang) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            String text = v == null && !values.containsKey(m.group(1)) ? m.group() : MessageValues.format(v, lang);
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static int oldCompare(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            boolean nx = !x[i].isEmpty() && x[i].chars().allMatch(Character::isDigit) && x[i].length() < 10;
            boolean ny = !y[i].isEmpty() && y[i].chars().allMatch(Character::isDigit) && y[i].length() < 10;
            c = nx && ny ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    @Test
    void fillMatchesTheRegexVersion() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("a", 1);
        values.put("b_2", "x$1\\y");
        values.put("n", null);
        String[] templates = {"", "plain", "{a}", "{a}{b_2}", "x {missing} y", "{n}", "{ a}", "{}", "{{a}}", "{a", "a}",
                "会议 {a} 人，{b_2}。", "{a-b}", "{a}{", "${a}$"};
        for (String t : templates) {
            for (Language l : Language.values()) {
                assertThat(MessageValues.fill(t, values, l)).as(t).isEqualTo(oldFill(t, values, l));
            }
        }
    }

    @Test
    void comparePointersMatchesTheSplitVersion() {
        String[] parts = {"", "sessions", "agenda", "0", "1", "2", "10", "9", "01", "1234567890", "a", "٣", "officers"};
        Random rnd = new Random(1);
        for (int k = 0; k < 20000; k++) {
            String a = pointer(rnd, parts);
            String b = pointer(rnd, parts);
            assertThat(Integer.signum(JsonPointers.compare(a, b))).as(a + " vs " + b)
                    .isEqualTo(Integer.signum(oldCompare(a, b)));
        }
    }

    private static String pointer(Random rnd, String[] parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = rnd.nextInt(5); i > 0; i--) {
            sb.append('/').append(parts[rnd.nextInt(parts.length)]);
        }
        return sb.toString();
    }
}
