package org.renda.check;

/**
 * A problem that prevents a pack from loading: a DRL compile error, missing or invalid metadata,
 * a duplicate rule ID, an unknown parameter, a forbidden import.
 *
 * @param file    the file, relative to the pack (or the parameter file), or null
 * @param line    the 1-based line, or 0 when unknown
 * @param rule    the rule name, or null
 * @param message what is wrong
 */
public record PackProblem(String file, int line, String rule, String message) {

    /** {@code file:line: [rule] message}, the form compilers use. */
    @Override
    public String toString() {
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
        return sb.append(message).toString();
    }
}
