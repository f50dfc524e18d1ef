package org.renda.check.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report to a temporary file beside the target and renames it into place on
 * {@link #commit()}, so an interrupted run never leaves a truncated report behind.
 */
final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    AtomicOutput(Path target) throws IOException {
        this(target, java.util.function.UnaryOperator.identity());
    }

    /** As {@link #AtomicOutput(Path)}, with the temporary file's stream wrapped (tests inject failures here). */
    AtomicOutput(Path target, java.util.function.UnaryOperator<OutputStream> wrap) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
        this.out = new FilterOutputStream(new java.io.BufferedOutputStream(wrap.apply(Files.newOutputStream(temp)), 1 << 16)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }
        };
    }

    OutputStream stream() {
        return out;
    }

    /** Flushes, closes and moves the temporary file onto the target. */
    void commit() throws IOException {
        out.close();
        readableLikeAnOrdinaryFile();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /**
     * A temporary file is created owner-only (rw-------); a report is an ordinary file, so it gets
     * the permissions of the report it replaces, or rw-r--r--.
     */
    private void readableLikeAnOrdinaryFile() throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    /** Removes the temporary file when the report was not committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
