package org.renda.check.examples.cli;

import java.util.List;
import org.renda.check.Checker;
import org.renda.check.CheckerBuildException;
import org.renda.check.Language;

/**
 * Start-up work done on the second core while the main thread builds and parses the command line
 * (issue 16, targets (c) and (d)): Logback's set-up, and, for a command that will most likely build
 * the checker of the bundled packs with their own parameters ({@code check}, {@code due},
 * {@code rules}, {@code params} without {@code --packs}, {@code --pack-dir} or {@code --params}),
 * that checker. Measured on two cores: picocli's model of the commands takes ~85 ms of the main
 * thread and Logback ~55 ms, the bundled checker ~170 ms; one after the other before this, side by
 * side now (docs/performance.md, session 11).
 *
 * <p>What the command line asks for decides, as before: {@link CommonOptions#build} takes the
 * checker built here only when its options are exactly the defaults and its language is the one
 * guessed from the arguments; otherwise it builds its own and the one built here is closed unused.
 * A build that fails here fails the same way when taken (the same {@link CheckerBuildException}).
 * Only the process's entry point ({@link Main#main}) starts one; {@link Main#run} does not.
 */
final class HeadStart {

    /** The commands whose default is the bundled packs' checker. */
    private static final List<String> BUILDS_CHECKER = List.of("check", "due", "rules", "params");
    /** Options after which the checker is not the default one: no head start. */
    private static final List<String> OTHER_CHECKER = List.of(CommonOptions.PACKS, CommonOptions.PACK_DIR, CommonOptions.PARAMS);

    private final Language language;
    /** Whether a checker is built here. */
    private final boolean builds;
    /** The thread doing the work, or null when none could be started. */
    private Thread thread;
    // The state below is guarded by this object's monitor.
    private boolean loggingReady;
    private boolean built;
    /** The checker built, or null (none built yet, or the build failed). */
    private Checker checker;
    /** What the build threw, or null. */
    private Throwable failure;
    /** Whether the checker was handed out (then its taker closes it). */
    private boolean taken;
    /** Whether the checker was given up (then it is closed here, when built). */
    private boolean givenUp;

    private HeadStart(boolean builds, Language language) {
        this.builds = builds;
        this.language = language;
    }

    /**
     * Starts the thread: logging first, then (if the arguments call for it) the checker. When no
     * thread can be started, logging is set up here and there is no checker.
     */
    static HeadStart start(String[] args) {
        Language lang = UsageErrors.languageOf(args);
        boolean build = args.length > 0 && BUILDS_CHECKER.contains(args[0]);
        for (String a : args) {
            for (String o : OTHER_CHECKER) {
                if (a.equals(o) || a.startsWith(o + "=")) {
                    build = false;
                }
            }
            if (a.equals("--")) {
                break;
            }
        }
        HeadStart h = new HeadStart(build, lang);
        try {
            Thread t = new Thread(h::work, "renda-check-head-start");
            t.setDaemon(true);
            h.thread = t;
            t.start();
            return h;
        } catch (RuntimeException | OutOfMemoryError e) {
            org.slf4j.LoggerFactory.getILoggerFactory();
            HeadStart none = new HeadStart(false, lang);
            none.loggingReady = true;
            return none;
        }
    }

    private void work() {
        try {
            org.slf4j.LoggerFactory.getILoggerFactory();
        } finally {
            synchronized (this) {
                loggingReady = true;
                notifyAll();
            }
        }
        if (!builds) {
            return;
        }
        Checker c = null;
        Throwable t = null;
        try {
            c = Checker.builder().language(language).build();
        } catch (CheckerBuildException | RuntimeException | Error e) {
            t = e;
        }
        synchronized (this) {
            checker = c;
            failure = t;
            built = true;
            notifyAll();
            if (givenUp && c != null) {
                c.close(); // given up before it was built
            }
        }
    }

    /** For tests: waits until the thread has done all its work. */
    void join() throws InterruptedException {
        if (thread != null) {
            thread.join();
        }
    }

    /** For tests: whether the command took the checker built here. */
    synchronized boolean wasTaken() {
        return taken;
    }

    /** Waits until logging is set up, so that nothing on the main thread logs before it is. */
    synchronized void awaitLogging() {
        awaitUninterruptibly(() -> loggingReady);
    }

    /**
     * The bundled packs' checker in {@code lang}, built here: at most once, and null when there is
     * none (not asked for, another language, already taken), so the caller builds its own.
     *
     * @throws CheckerBuildException as {@code Checker.builder().language(lang).build()} would
     */
    synchronized Checker take(Language lang) throws CheckerBuildException {
        if (!builds || taken || givenUp) {
            return null;
        }
        if (lang != language) {
            giveUp();
            return null;
        }
        taken = true;
        awaitUninterruptibly(() -> built);
        if (failure instanceof CheckerBuildException b) {
            throw b;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return checker;
    }

    /** Gives up the checker if nobody took it (closed now, or when its build ends). */
    synchronized void discard() {
        if (builds && !taken && !givenUp) {
            giveUp();
        }
    }

    /** With the monitor held. */
    private void giveUp() {
        givenUp = true;
        if (checker != null) {
            checker.close();
        }
    }

    /** With the monitor held: waits until {@code ready}, keeping an interrupt for the caller. */
    private void awaitUninterruptibly(java.util.function.BooleanSupplier ready) {
        boolean interrupted = false;
        while (!ready.getAsBoolean()) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
