package org.renda.check;

/**
 * A problem that prevents a pack from loading: a DRL compile error, missing or invalid metadata,
 * a duplicate rule ID, an unknown parameter, a forbidden import.
 *
 * @param file    the file, relative to the pack (or the parameter file), or null
 * @param line    the 1-based line, or 0 when unknown
 * @param rule    the rule name, or null
 * @param message   what is wrong, in Chinese
 * @param messageEn the same in English, or null when only the Chinese text exists (a message
 *                  passed through from elsewhere, e.g. Drools' own compile error text)
 */
public record PackProblem(String file, int line, String rule, String message, String messageEn) {

    /** A problem with a Chinese message only. */
    public PackProblem(String file, int line, String rule, String message) {
        this(file, line, rule, message, null);
    }

    /** The message in this language (the Chinese one when there is no English text). */
    public String message(Language lang) {
        return lang == Language.EN && messageEn != null ? messageEn : message;
    }

    /** {@code file:line: [rule] message}, the form compilers use (Chinese). */
    @Override
    public String toString() {
        return toString(Language.ZH);
    }

    /** {@code file:line: [rule] message} in this language. */
    public String toString(Language lang) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        if (rule != null) {
            sb.append('[').append(rule).append("] ");
        }
        return sb.append(message(lang)).toString();
    }
}
