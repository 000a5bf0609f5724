package io.github.perfeval.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Results come in input order whatever throws where, and a run always ends. */
class InOrderTest {

    private static final List<Integer> INPUTS = IntStream.range(0, 50).boxed().collect(Collectors.toList());

    @Test
    void resultsComeInInputOrderAndAtMostTheWindowIsWorkedOnAhead() {
        AtomicInteger handed = new AtomicInteger();
        AtomicInteger furthestAhead = new AtomicInteger();
        List<String> results = new ArrayList<>();
        InOrder.map(INPUTS, 3, i -> {
            furthestAhead.accumulateAndGet(i - handed.get(), Math::max);
            return "r" + i;
        }, (i, e) -> "failed " + i, r -> {
            sleepALittle();   // a slow consumer: the workers would run far ahead without the window
            results.add(r);
            handed.incrementAndGet();
        });
        assertThat(results).isEqualTo(INPUTS.stream().map(i -> "r" + i).collect(Collectors.toList()));
        // a worker takes input i once fewer than 2 × 3 wait, counted before the one being handed over
        assertThat(furthestAhead.get()).isBetween(1, 6);
    }

    @Test
    void whatTheWorkThrowsIsMadeAResultInTheCallingThreadInItsPlace() {
        for (int threads : new int[] {1, 2, 4}) {
            Thread caller = Thread.currentThread();
            Set<Thread> failedOn = ConcurrentHashMap.newKeySet();
            List<String> results = new ArrayList<>();
            InOrder.map(INPUTS, threads, i -> {
                if (i % 7 == 3) {
                    throw new OutOfMemoryError("Java heap space");   // as when its own failure report could not be made
                }
                if (i % 11 == 5) {
                    throw new IllegalStateException("bug " + i);
                }
                return "r" + i;
            }, (i, e) -> {
                failedOn.add(Thread.currentThread());
                return "failed " + i + ": " + e.getMessage();
            }, results::add);
            assertThat(results).as(threads + " threads").hasSize(INPUTS.size());
            for (int i : INPUTS) {
                assertThat(results.get(i)).isEqualTo(i % 7 == 3 ? "failed " + i + ": Java heap space"
                        : i % 11 == 5 ? "failed " + i + ": bug " + i : "r" + i);
            }
            assertThat(failedOn).containsExactly(caller);
        }
    }

    @Test
    void aFailureWhileHandingOverStopsTheRunAndItsWorkers() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger worked = new AtomicInteger();
        assertThatThrownBy(() -> InOrder.map(INPUTS, 2, i -> {
            started.countDown();
            worked.incrementAndGet();
            return i;
        }, (i, e) -> -1, r -> {
            if (r == 2) {
                throw new IllegalStateException("output closed");
            }
        })).hasMessage("output closed");
        assertThat(started.await(1, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        assertThat(worked.get()).as("no input beyond the window is taken after the stop").isLessThanOrEqualTo(3 + 4);
    }

    private static void sleepALittle() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
