package org.renda.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light scan of a DRL file's text: its package, imports, globals, functions and rules with their
 * lines and their condition and consequence text. It does not replace the Drools parser; it maps
 * compiler messages back to rule names and feeds the trusted-pack lint.
 */
public record DrlScan(String packageName, List<Line> imports, List<Line> globals, List<Line> functions,
                      List<RuleText> rules, List<Unclosed> unclosed, int packageLine) {

    /** A rule that has no {@code end}: its name, its first line, and the line by which {@code end} was due. */
    public record Unclosed(String name, int line, int endDue) {
    }

    /** A line of interest and its 1-based number. */
    public record Line(int number, String text) {
    }

    /** A rule: its name, its first and last line, and its LHS and RHS text (comments removed). */
    public record RuleText(String name, int line, int endLine, String lhs, String rhs, int rhsLine) {
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"([^\"]*)\"|'([^']*)'|(\\S+))");

    /** Scans DRL text. */
    public static DrlScan of(String drl) {
        String clean = stripComments(drl);
        String[] lines = clean.split("\n", -1);
        String pkg = null;
        List<Line> imports = new ArrayList<>();
        List<Line> globals = new ArrayList<>();
        List<Line> functions = new ArrayList<>();
        List<RuleText> rules = new ArrayList<>();
        List<Unclosed> unclosed = new ArrayList<>();
        int packageLine = 0;
        String ruleName = null;
        int ruleLine = 0;
        int rhsLine = 0;
        StringBuilder lhs = new StringBuilder();
        StringBuilder rhs = new StringBuilder();
        int part = 0; // 0 outside, 1 header, 2 lhs, 3 rhs
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String t = raw.strip();
            int no = i + 1;
            if (part != 0 && RULE.matcher(raw).find()) {
                // a new rule begins before the previous one ended: that one has no "end"
                unclosed.add(new Unclosed(ruleName, ruleLine, lastTextLine(lines, i)));
                part = 0;
            }
            if (part == 0) {
                Matcher rm = RULE.matcher(raw);
                if (t.startsWith("package ")) {
                    pkg = t.substring(8).replace(";", "").strip();
                    packageLine = no;
                } else if (t.startsWith("import ")) {
                    imports.add(new Line(no, t));
                } else if (t.startsWith("global ")) {
                    globals.add(new Line(no, t));
                } else if (t.startsWith("function ")) {
                    functions.add(new Line(no, t));
                } else if (rm.find()) {
                    ruleName = rm.group(2) != null ? rm.group(2) : rm.group(3) != null ? rm.group(3) : rm.group(4);
                    ruleLine = no;
                    lhs.setLength(0);
                    rhs.setLength(0);
                    part = 1;
                    String rest = raw.substring(rm.end());
                    if (rest.strip().startsWith("when") || rest.contains(" when")) {
                        part = 2;
                    }
                }
                continue;
            }
            if (part == 1 && (t.equals("when") || t.startsWith("when "))) {
                part = 2;
                lhs.append(t.substring(4)).append('\n');
                continue;
            }
            if ((part == 1 || part == 2) && (t.equals("then") || t.startsWith("then "))) {
                part = 3;
                rhsLine = no;
                rhs.append(t.substring(4)).append('\n');
                continue;
            }
            if (t.equals("end") || t.equals("end;")) {
                rules.add(new RuleText(ruleName, ruleLine, no, lhs.toString(), rhs.toString(), rhsLine));
                part = 0;
                continue;
            }
            if (part == 2) {
                lhs.append(raw).append('\n');
            } else if (part == 3) {
                rhs.append(raw).append('\n');
            }
        }
        if (part != 0) {
            unclosed.add(new Unclosed(ruleName, ruleLine, lastTextLine(lines, lines.length)));
        }
        return new DrlScan(pkg, imports, globals, functions, rules, unclosed, packageLine);
    }

    /** The number of the last non-blank line before index {@code before} (1-based), or 1. */
    private static int lastTextLine(String[] lines, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (!lines[k].isBlank()) {
                return k + 1;
            }
        }
        return 1;
    }

    /** The rule whose text spans the given line, or null. */
    public String ruleAt(int line) {
        for (RuleText r : rules) {
            if (line >= r.line() && line <= r.endLine()) {
                return r.name();
            }
        }
        return null;
    }

    /** The line where the named rule starts, or 0. */
    public int lineOf(String ruleName) {
        for (RuleText r : rules) {
            if (r.name().equals(ruleName)) {
                return r.line();
            }
        }
        return 0;
    }

    /** Replaces comments with spaces, keeping line breaks and string literals. */
    static String stripComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    if (s.charAt(j) == '\\') {
                        j++;
                    }
                    j++;
                }
                j = Math.min(j + 1, n);
                out.append(s, i, j);
                i = j;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                i += 2;
                while (i < n && !(s.charAt(i) == '*' && i + 1 < n && s.charAt(i + 1) == '/')) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Replaces the contents of string and character literals ({@code "…"} and {@code '…'}) with spaces (for token checks). */
    static String blankStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean in = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (in) {
                if (c == '\\') {
                    out.append("  ");
                    i++;
                    continue;
                }
                if (c == quote) {
                    in = false;
                    out.append(c);
                } else {
                    out.append(c == '\n' ? '\n' : ' ');
                }
            } else {
                if (c == '"' || c == '\'') {
                    in = true;
                    quote = c;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
