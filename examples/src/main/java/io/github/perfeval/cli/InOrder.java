package io.github.perfeval.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works on many inputs on several threads and hands the results over in input order, as a sequential loop
 * would: what {@code check} prints does not depend on which file was read first. At most a window of
 * {@code 2 × threads} results wait to be handed over, so the memory taken stays bounded whatever the number
 * of inputs (a slow file holds the others back rather than letting their reports pile up).
 */
final class InOrder {

    private InOrder() {
    }

    /**
     * Applies {@code work} to every input and gives each result to {@code then}, in input order.
     *
     * @param inputs the inputs
     * @param threads how many inputs to work on at once; 1 works in the calling thread
     * @param work the work on one input (it must not throw: a failure is part of its result)
     * @param then what to do with each result, called in the calling thread, in input order
     */
    static <I, R> void map(List<I> inputs, int threads, Function<I, R> work, Consumer<R> then) {
        if (threads <= 1 || inputs.size() <= 1) {
            for (I input : inputs) {
                then.accept(work.apply(input));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "perfeval-check");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = 2 * threads;
            ArrayDeque<Future<R>> pending = new ArrayDeque<>(window);
            int next = 0;
            while (next < inputs.size() || !pending.isEmpty()) {
                while (next < inputs.size() && pending.size() < window) {
                    I input = inputs.get(next++);
                    pending.add(pool.submit(() -> work.apply(input)));
                }
                then.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
