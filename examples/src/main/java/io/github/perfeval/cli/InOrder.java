package io.github.perfeval.cli;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works on many inputs on several threads and hands the results over in input order, as a sequential loop
 * would: what {@code check} prints does not depend on which file was read first. At most a window of
 * {@code 2 × threads} results wait to be handed over, so the memory taken stays bounded whatever the number
 * of inputs (a slow file holds the others back rather than letting their reports pile up).
 *
 * <p>A run always ends, out of memory too. An executor's {@code Future} does not promise that: its own
 * completion allocates the first time it runs (seen: out of memory struck there, the pool thread died and the
 * caller waited on the future for ever). Here a worker catches whatever its work throws and records it
 * without allocating (array stores under a monitor, in a {@code finally}); the failure is turned into a result
 * by {@code failed}, in the calling thread, once the worker has let go of what it held. The caller also waits
 * in bounded steps and looks at the worker: an input whose worker thread ended without a result is failed
 * rather than waited on, and an input no live worker can take any more is worked on in the calling thread.
 *
 * <pre>{@code
 * InOrder.map(files, 4, checker::check, checker::failed, report -> print(report));
 * }</pre>
 */
final class InOrder<I, R> {

    /** How long the caller waits before it looks whether the worker it waits on still lives. */
    private static final long LOOK_MILLIS = 200;

    private final Object lock = new Object();
    private final List<I> inputs;
    private final Function<I, R> work;
    private final int window;
    /** By input index modulo the window, guarded by {@link #lock}: the result, or what the work threw. */
    private final Object[] results;
    private final Throwable[] failures;
    private final boolean[] done;
    /** The thread that took each input in the window (null: not taken yet). */
    private final Thread[] runners;
    private final Thread[] workers;
    /** Inputs taken by a worker so far (always in input order), and inputs handed over in order. */
    private int taken;
    private int handed;
    private boolean stopped;

    private InOrder(List<I> inputs, int threads, Function<I, R> work) {
        this.inputs = inputs;
        this.work = work;
        this.window = 2 * threads;
        this.results = new Object[window];
        this.failures = new Throwable[window];
        this.done = new boolean[window];
        this.runners = new Thread[window];
        this.workers = new Thread[threads];
    }

    /**
     * Applies {@code work} to every input and gives each result to {@code then}, in input order.
     *
     * @param inputs the inputs
     * @param threads how many inputs to work on at once; 1 works in the calling thread
     * @param work the work on one input (a failure should be part of its result)
     * @param failed the result of an input whose work threw anyway (out of memory while making its failure
     *        result) or whose thread ended without a result; called in the calling thread
     * @param then what to do with each result, called in the calling thread, in input order
     */
    static <I, R> void map(List<I> inputs, int threads, Function<I, R> work, BiFunction<I, Throwable, R> failed,
                           Consumer<R> then) {
        if (threads <= 1 || inputs.size() <= 1) {
            for (I input : inputs) {
                then.accept(inCaller(input, work, failed));
            }
            return;
        }
        new InOrder<>(inputs, threads, work).run(failed, then);
    }

    private static <I, R> R inCaller(I input, Function<I, R> work, BiFunction<I, Throwable, R> failed) {
        Throwable failure;
        try {
            return work.apply(input);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        return failed.apply(input, failure);
    }

    private void run(BiFunction<I, Throwable, R> failed, Consumer<R> then) {
        int started = 0;
        try {
            for (int w = 0; w < workers.length; w++) {
                Thread t = new Thread(this::work, "perfeval-check");
                t.setDaemon(true);
                try {
                    t.start();
                } catch (OutOfMemoryError e) {
                    break;   // no thread to be had: fewer workers, or none and the calling thread works alone
                }
                workers[w] = t;
                started++;
            }
            for (int i = 0; i < inputs.size(); i++) {
                then.accept(next(i, failed));
            }
        } finally {
            synchronized (lock) {
                boolean early = handed < inputs.size();
                stopped = true;
                lock.notifyAll();
                for (int w = 0; early && w < started; w++) {
                    workers[w].interrupt();
                }
            }
        }
    }

    /** The result of input {@code i}, the next in order: its worker's, or made here. */
    @SuppressWarnings("unchecked")
    private R next(int i, BiFunction<I, Throwable, R> failed) {
        int s = i % window;
        boolean finished;
        boolean mine = false;
        R result;
        Throwable failure;
        synchronized (lock) {
            while (!done[s]) {
                Thread runner = runners[s];
                if (runner != null ? !runner.isAlive() : taken == i && !anyWorkerAlive()) {
                    mine = runner == null;
                    if (mine) {
                        taken++;
                    }
                    break;
                }
                try {
                    lock.wait(LOOK_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            finished = done[s];
            result = (R) results[s];
            failure = failures[s];
            results[s] = null;
            failures[s] = null;
            runners[s] = null;
            done[s] = false;
            handed++;
            lock.notifyAll();
        }
        I input = inputs.get(i);
        if (mine) {
            return inCaller(input, work, failed);
        }
        if (!finished) {
            return failed.apply(input, new IllegalStateException("工作线程未给出结果即终止 / the thread working on it ended without a result"));
        }
        return failure == null ? result : failed.apply(input, failure);
    }

    private boolean anyWorkerAlive() {
        for (Thread t : workers) {
            if (t != null && t.isAlive()) {
                return true;
            }
        }
        return false;
    }

    /** A worker: takes the next input while the window has room, and records its result or failure. */
    private void work() {
        while (true) {
            int i;
            synchronized (lock) {
                while (!stopped && taken < inputs.size() && taken - handed >= window) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stopped || taken >= inputs.size()) {
                    return;
                }
                i = taken++;
                runners[i % window] = Thread.currentThread();
            }
            R result = null;
            Throwable failure = null;
            try {
                result = work.apply(inputs.get(i));
            } catch (Throwable t) {
                failure = t;   // nothing allocated here: out of memory is handled by the caller, later
            } finally {
                synchronized (lock) {
                    int s = i % window;
                    results[s] = result;
                    failures[s] = failure;
                    done[s] = true;
                    lock.notifyAll();
                }
            }
        }
    }
}
