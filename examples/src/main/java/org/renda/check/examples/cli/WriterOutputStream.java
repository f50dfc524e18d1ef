package org.renda.check.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes in UTF-8 to a {@link Writer}, keeping a multi-byte character split across writes intact.
 * Lets the byte-oriented report writers print to the harness's character output.
 */
final class WriterOutputStream extends OutputStream {

    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer out = CharBuffer.allocate(8192);

    WriterOutputStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, in.remaining());
            in.put(b, off, n);
            off += n;
            len -= n;
            drain();
        }
    }

    /** Decodes every complete character; an incomplete trailing sequence waits for the next write. */
    private void drain() throws IOException {
        in.flip();
        java.nio.charset.CoderResult result;
        do {
            result = decoder.decode(in, out, false);
            out.flip();
            writer.write(out.array(), 0, out.limit());
            out.clear();
        } while (result.isOverflow());
        in.compact();
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    /** Flushes; the writer stays open (it belongs to the caller). */
    @Override
    public void close() throws IOException {
        flush();
    }
}
