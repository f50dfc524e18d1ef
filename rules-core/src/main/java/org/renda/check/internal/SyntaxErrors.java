package org.renda.check.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renda.check.Language;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * JSON and YAML syntax errors (from Jackson and SnakeYAML) as a person reads them: line and
 * column counted from 1, then what is wrong in the report language ("第 3 行第 8 列：此处应为逗号…").
 * The parser's own English text is kept, in parentheses, only when it is not one of the known forms.
 * A full-width colon in YAML gets a hint of its own.
 */
public final class SyntaxErrors {

    private SyntaxErrors() {
    }

    private static final Pattern CHAR = Pattern.compile("Unexpected character \\('(.*?)' \\(code (\\d+)\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*?)'");

    /** "第 L 行第 C 列：what" (or "line L, column C: what") for a JSON or YAML parse error of {@code text}. */
    public static String describe(JsonProcessingException e, String text, Language l) {
        int line = 0;
        int column = 0;
        String detail;
        Throwable cause = e.getCause() instanceof MarkedYAMLException ? e.getCause() : e;
        if (cause instanceof MarkedYAMLException y) {
            // "while scanning a simple key … could not find expected ':'" is about the key's line (the context).
            boolean aboutKey = y.getProblem() != null && y.getProblem().contains("could not find expected ':'");
            Mark m = y.getProblemMark() != null && !(aboutKey && y.getContextMark() != null) ? y.getProblemMark() : y.getContextMark();
            if (m != null) {
                line = m.getLine() + 1;
                column = m.getColumn() + 1;
            }
            detail = yaml(y.getProblem() == null ? "" : y.getProblem(), y.getContext(), l);
        } else {
            JsonLocation loc = e.getLocation();
            if (loc != null) {
                line = loc.getLineNr();
                column = loc.getColumnNr();
            }
            detail = json(firstLine(e.getOriginalMessage()), l);
        }
        String hint = fullWidthColon(text, l);
        String where = line > 0 ? Msg.get(l, "syntaxErrors.lineColumn", line, column) : "";
        return where + detail + (hint == null ? "" : Msg.get(l, "syntaxErrors.punct") + hint);
    }

    /**
     * A hint when a line of the text uses a full-width colon where YAML needs {@code ": "}
     * (a frequent slip with a Chinese input method), or null.
     */
    public static String fullWidthColon(String text, Language l) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.startsWith("#")) {
                continue;
            }
            int c = s.indexOf('：');
            if (c > 0 && s.substring(0, c).matches("[-\\s]*[A-Za-z0-9_\"'.-]+")) {
                return Msg.get(l, "syntaxErrors.lineUsesFullWidthColon", (i + 1));
            }
        }
        return null;
    }

    static String json(String m, Language l) {
        Matcher c = CHAR.matcher(m);
        String ch = null;
        if (c.find()) {
            int code = Integer.parseInt(c.group(2));
            ch = code < 32 ? Msg.get(l, "syntaxErrors.controlCharacterCode", code) : "“" + c.group(1) + "”";
        }
        String found = ch == null ? "" : Msg.get(l, "syntaxErrors.found", ch);
        if (m.contains("was expecting double-quote to start field name")) {
            return found + Msg.get(l, "syntaxErrors.expectedFieldNameDoubleQuotes");
        }
        if (m.contains("was expecting comma to separate Object entries")) {
            return found + Msg.get(l, "syntaxErrors.expectedCommaBetweenObjectEntries");
        }
        if (m.contains("was expecting comma to separate Array entries")) {
            return found + Msg.get(l, "syntaxErrors.expectedCommaBetweenArrayEntries");
        }
        if (m.contains("was expecting a colon to separate field name and value")) {
            return found + Msg.get(l, "syntaxErrors.expectedColonBetweenFieldName");
        }
        if (m.contains("expected a valid value")) {
            return found + Msg.get(l, "syntaxErrors.expectedValueStringDoubleQuotes");
        }
        Matcher t = TOKEN.matcher(m);
        if (t.find()) {
            return Msg.get(l, "syntaxErrors.unrecognisedStringsNeedDoubleQuotes", t.group(1));
        }
        Matcher cl = CLOSE.matcher(m);
        if (cl.find()) {
            return Msg.get(l, "syntaxErrors.bracketsDoNotMatchFound", cl.group(1), cl.group(2));
        }
        if (m.contains("closing quote for a string value")) {
            return Msg.get(l, "syntaxErrors.unexpectedEndFileStringLacks");
        }
        if (m.contains("Unexpected end-of-input")) {
            return Msg.get(l, "syntaxErrors.unexpectedEndFileClosingOr");
        }
        if (m.contains("Illegal unquoted character")) {
            return Msg.get(l, "syntaxErrors.stringHoldsUnescapedControlCharacter");
        }
        if (m.contains("Leading zeroes not allowed")) {
            return Msg.get(l, "syntaxErrors.numberMayNotStartWith");
        }
        Matcher d = DUPLICATE.matcher(m);
        if (d.find()) {
            return Msg.get(l, "syntaxErrors.duplicateField", d.group(1));
        }
        return Msg.get(l, "syntaxErrors.syntaxError", m);
    }

    static String yaml(String problem, String context, Language l) {
        String p = problem.strip();
        if (p.contains("mapping values are not allowed here")) {
            return Msg.get(l, "syntaxErrors.keyValueNotAllowedHere");
        }
        if (p.contains("could not find expected ':'")) {
            return Msg.get(l, "syntaxErrors.colonAfterKeyMissing");
        }
        if (p.contains("cannot start any token") && p.contains("TAB")) {
            return Msg.get(l, "syntaxErrors.yamlDoesNotAllowTabs");
        }
        if (p.contains("found unexpected end of stream") && context != null && context.contains("quoted scalar")) {
            return Msg.get(l, "syntaxErrors.quoteNotClosed");
        }
        if (p.startsWith("expected <block end>")) {
            return Msg.get(l, "syntaxErrors.inconsistentIndentationItemsOneLevel");
        }
        if (p.contains("found duplicate key") || p.contains("Duplicate field")) {
            return Msg.get(l, "syntaxErrors.duplicateKey");
        }
        String ctx = context == null ? "" : context.strip() + "; ";
        return Msg.get(l, "syntaxErrors.yamlSyntaxError", ctx, p);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
