package org.renda.check.examples.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;

/**
 * The harness's logging (Logback), set up in code through Logback's {@code Configurator} service
 * ({@code META-INF/services/ch.qos.logback.classic.spi.Configurator}): no XML is looked for or parsed,
 * which is what made Logback's start-up costly (issue 16). Standard output carries only the report,
 * so log lines go to standard error, warnings and worse only; Drools and KIE log every build failure
 * at ERROR, and the harness prints those problems itself, so their loggers are off.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("stderr");
        stderr.setTarget("System.err");
        LineEncoder encoder = new LineEncoder();
        encoder.setContext(context);
        encoder.start();
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.drools").setLevel(Level.OFF);
        context.getLogger("org.kie").setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code LEVEL logger - message}, then the exception's class and message; UTF-8. No pattern parsing. */
    static final class LineEncoder extends EncoderBase<ILoggingEvent> {
        @Override
        public byte[] headerBytes() {
            return null;
        }

        @Override
        public byte[] encode(ILoggingEvent e) {
            StringBuilder sb = new StringBuilder(128).append(e.getLevel()).append(' ').append(e.getLoggerName())
                    .append(" - ").append(e.getFormattedMessage()).append(System.lineSeparator());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                sb.append("  ").append(t.getClassName()).append(": ").append(t.getMessage()).append(System.lineSeparator());
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] footerBytes() {
            return null;
        }
    }
}
