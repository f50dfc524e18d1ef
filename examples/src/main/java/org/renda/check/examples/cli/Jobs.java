package org.renda.check.examples.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.renda.check.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --jobs N}: how many record files are checked at once (issue 16). The files are read and
 * checked on N worker threads; their results are handed on in input order, file by file, on the
 * calling thread, so the report is the same byte for byte whatever N is. At most {@code 2 × N}
 * files are in flight (read, being checked, or checked and waiting for an earlier one), so memory
 * stays bounded however many files a batch has. A file's results are its records in file order;
 * the checker never throws for bad input, so one bad record or file never stops the batch.
 */
final class Jobs {

    @Option(names = "--jobs", paramLabel = "N",
            descriptionKey = "jobs.help.jobs")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** Throws the usage error (exit status 2) for a {@code --jobs} below 1. */
    void validate(CommandSpec spec, Language lang) {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), Texts.get(lang, "jobs.mustBePositive", jobs));
        }
    }

    /**
     * Applies {@code work} to every file, {@link #jobs()} files at a time, and hands each file's
     * results to {@code sink} in the order of {@code files}, then calls {@code afterFile}.
     */
    <R> void each(List<Path> files, Function<Path, List<R>> work, Consumer<R> sink, Runnable afterFile) {
        if (jobs == 1 || files.size() < 2) {
            for (Path f : files) {
                work.apply(f).forEach(sink);
                afterFile.run();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, files.size()), r -> {
            Thread t = new Thread(r, "renda-check-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = 2 * jobs;
            ArrayDeque<Future<List<R>>> inFlight = new ArrayDeque<>(window);
            int next = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < window) {
                    Path f = files.get(next++);
                    inFlight.add(pool.submit(() -> work.apply(f)));
                }
                List<R> results = take(inFlight.poll());
                results.forEach(sink);
                afterFile.run();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> List<R> take(Future<List<R>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            // a defect (the checker never throws for bad input): the same failure as one thread
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
