package org.renda.check;

/**
 * Limits that protect the embedding system from hostile or broken input. A breach makes the record
 * (or the file) REJECTED with a clear message; it never throws. The file size is checked before a
 * file is read ({@code Files.size}), and a stream is read no further than {@code maxFileBytes + 1}.
 * Set them with {@link Checker.Builder#limits(Limits)}; an immutable value, safe to share.
 *
 * @param maxFileBytes    largest file read (default 16 MiB)
 * @param maxDepth        deepest nesting of arrays and objects (default 64)
 * @param maxStringLength longest string value or field name, in characters (default 10,000)
 * @param maxArrayItems   most items in one array (default 100,000)
 */
public record Limits(long maxFileBytes, int maxDepth, int maxStringLength, int maxArrayItems) {

    /** The defaults of record format 1.0. */
    public static final Limits DEFAULT = new Limits(16L * 1024 * 1024, 64, 10_000, 100_000);

    public Limits {
        if (maxFileBytes < 1 || maxDepth < 2 || maxStringLength < 1 || maxArrayItems < 1) {
            throw new IllegalArgumentException("limits must be positive (depth at least 2): " + this);
        }
    }
}
