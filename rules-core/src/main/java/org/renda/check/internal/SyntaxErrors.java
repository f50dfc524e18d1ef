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
        String where = line > 0 ? Msg.t(l, "第 " + line + " 行第 " + column + " 列：", "line " + line + ", column " + column + ": ") : "";
        return where + detail + (hint == null ? "" : Msg.t(l, "。", ". ") + hint);
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
                return Msg.t(l, "第 " + (i + 1) + " 行用了全角冒号“：”，YAML 中键和值之间应使用半角冒号加空格“: ”",
                        "line " + (i + 1) + " uses a full-width colon '：'; YAML needs an ASCII colon and a space ': '");
            }
        }
        return null;
    }

    static String json(String m, Language l) {
        Matcher c = CHAR.matcher(m);
        String ch = null;
        if (c.find()) {
            int code = Integer.parseInt(c.group(2));
            ch = code < 32 ? Msg.t(l, "控制字符（代码 " + code + "）", "control character (code " + code + ")") : "“" + c.group(1) + "”";
        }
        String found = ch == null ? "" : Msg.t(l, "遇到 " + ch + "，", "found " + ch + ", ");
        if (m.contains("was expecting double-quote to start field name")) {
            return found + Msg.t(l, "此处应为用双引号括起的字段名（JSON 不允许单引号、不带引号的名字或末尾多余的逗号）",
                    "expected a field name in double quotes (JSON allows no single quotes, bare names or trailing comma)");
        }
        if (m.contains("was expecting comma to separate Object entries")) {
            return found + Msg.t(l, "此处应为逗号（对象的各项之间用逗号分隔）或右花括号 }", "expected a comma between object entries, or }");
        }
        if (m.contains("was expecting comma to separate Array entries")) {
            return found + Msg.t(l, "此处应为逗号（数组的各项之间用逗号分隔）或右方括号 ]", "expected a comma between array entries, or ]");
        }
        if (m.contains("was expecting a colon to separate field name and value")) {
            return found + Msg.t(l, "字段名与值之间应有半角冒号 :", "expected a colon between the field name and its value");
        }
        if (m.contains("expected a valid value")) {
            return found + Msg.t(l, "此处应为一个值（带双引号的字符串、数、对象、数组、true、false 或 null；数组末尾不能有多余的逗号）",
                    "expected a value (a string in double quotes, a number, an object, an array, true, false or null; no trailing comma)");
        }
        Matcher t = TOKEN.matcher(m);
        if (t.find()) {
            return Msg.t(l, "无法识别的内容“" + t.group(1) + "”：字符串应加双引号，布尔值与空值只能写 true、false、null",
                    "unrecognised '" + t.group(1) + "': strings need double quotes; only true, false and null are bare words");
        }
        Matcher cl = CLOSE.matcher(m);
        if (cl.find()) {
            return Msg.t(l, "括号不配对：遇到 " + cl.group(1) + "，此处应为 " + cl.group(2),
                    "brackets do not match: found " + cl.group(1) + " where " + cl.group(2) + " was expected");
        }
        if (m.contains("closing quote for a string value")) {
            return Msg.t(l, "文件意外结束：字符串缺少结尾的双引号", "unexpected end of the file: a string lacks its closing quote");
        }
        if (m.contains("Unexpected end-of-input")) {
            return Msg.t(l, "文件意外结束：缺少右括号（} 或 ]）", "unexpected end of the file: a closing } or ] is missing");
        }
        if (m.contains("Illegal unquoted character")) {
            return Msg.t(l, "字符串中有未转义的控制字符（如换行、制表符），应写作 \\n、\\t", "a string holds an unescaped control character (newline, tab): write \\n, \\t");
        }
        if (m.contains("Leading zeroes not allowed")) {
            return Msg.t(l, "数不能以 0 开头（日期等应写成带双引号的字符串）", "a number may not start with 0 (write dates as strings in double quotes)");
        }
        Matcher d = DUPLICATE.matcher(m);
        if (d.find()) {
            return Msg.t(l, "字段“" + d.group(1) + "”重复", "duplicate field '" + d.group(1) + "'");
        }
        return Msg.t(l, "语法错误（" + m + "）", "syntax error (" + m + ")");
    }

    static String yaml(String problem, String context, Language l) {
        String p = problem.strip();
        if (p.contains("mapping values are not allowed here")) {
            return Msg.t(l, "此处不能出现“键: 值”：检查缩进是否与上一行对齐，或值中的冒号是否需要加引号",
                    "a 'key: value' is not allowed here: check the indentation, or quote a value holding a colon");
        }
        if (p.contains("could not find expected ':'")) {
            return Msg.t(l, "找不到键后的冒号“: ”", "the colon ': ' after a key is missing");
        }
        if (p.contains("cannot start any token") && p.contains("TAB")) {
            return Msg.t(l, "YAML 不能用制表符缩进，请改用空格", "YAML does not allow tabs for indentation: use spaces");
        }
        if (p.contains("found unexpected end of stream") && context != null && context.contains("quoted scalar")) {
            return Msg.t(l, "引号没有闭合", "a quote is not closed");
        }
        if (p.startsWith("expected <block end>")) {
            return Msg.t(l, "缩进不一致：同一层的各项应对齐", "inconsistent indentation: items of one level must line up");
        }
        if (p.contains("found duplicate key") || p.contains("Duplicate field")) {
            return Msg.t(l, "键重复", "duplicate key");
        }
        String ctx = context == null ? "" : context.strip() + "; ";
        return Msg.t(l, "YAML 语法错误（" + ctx + p + "）", "YAML syntax error (" + ctx + p + ")");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
