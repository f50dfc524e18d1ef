package org.renda.check.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.renda.check.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The auditor harness: {@code java -jar examples/target/renda-check.jar check|rules|validate|test}.
 *
 * <p>Exit status: 0 every record checked and no ERROR finding; 1 at least one ERROR finding or
 * REJECTED record (for {@code test}: a failing case); 2 a usage error or a pack that does not load.
 */
@Command(name = "renda-check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {CheckCommand.class, DueCommand.class, TemplateCommand.class, ConvertCommand.class,
                RulesCommand.class, ParamsCommand.class, ValidateCommand.class, TestCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where reports go: standard output, or what a caller of {@link #run} passed. */
    private java.io.OutputStream reportStream;

    /** What {@link #main} started ahead, or null. */
    private HeadStart headStart;

    /** The language asked for on the command line. */
    private Language language = Language.ZH;

    /** {@code --version}: the library's version, from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"renda-check " + org.renda.check.Checker.libraryVersion()};
        }
    }

    public static void main(String[] args) {
        // While Logback starts, the JDK loads the time-zone providers on the class path (ical4j's
        // logs through SLF4J), and SLF4J would print a note on standard error that it "replays"
        // that one call: its own notes are kept to errors (the call itself still reaches Logback
        // and its levels).
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // Logging is set up, and the bundled checker built when the command will want it, on a
        // thread of their own while picocli reads the command line here (HeadStart, issue 16).
        HeadStart head = HeadStart.start(args);
        PrintWriter text = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        System.exit(run(text, System.out, new PrintWriter(System.err, true, StandardCharsets.UTF_8), head, args));
    }

    /** Runs the harness writing to a byte stream (reports are UTF-8); returns the exit status. */
    public static int run(java.io.OutputStream out, PrintWriter err, String... args) {
        PrintWriter text = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        return run(text, out, err, null, args);
    }

    /** Runs the harness with the given writers and returns the exit status (never calls System.exit). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, new WriterOutputStream(out), err, null, args);
    }

    /** As the public {@code run}s; {@code head} (or null) holds what was started ahead on another thread. */
    static int run(PrintWriter out, java.io.OutputStream bytes, PrintWriter err, HeadStart head, String... args) {
        Main main = new Main();
        main.reportStream = bytes;
        main.headStart = head;
        CommandLine cl = new CommandLine(main);
        Language lang = UsageErrors.languageOf(args);
        main.language = lang;
        HelpTexts.apply(cl, lang);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(Texts.get(lang, "main.internalError", ex));
            return 2;
        });
        if (head != null) {
            head.awaitLogging();
        }
        int code;
        try {
            code = cl.execute(args);
        } finally {
            if (head != null) {
                head.discard();
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    /** What was started ahead of the command line's parse, or null ({@link HeadStart}). */
    HeadStart headStart() {
        return headStart;
    }

    /** The stream reports are written to when there is no {@code --out}. */
    java.io.OutputStream reportStream() {
        return reportStream;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Texts.get(language, "main.subcommandRequired",
                String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList())));
    }
}
