package io.github.perfeval.benchmarks;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bytes allocated per site from a JFR recording of one JMH benchmark: each {@code jdk.ObjectAllocationOutsideTLAB}
 * (and {@code jdk.ObjectAllocationInNewTLAB}) event of the benchmark's worker thread is weighed by the bytes it
 * stands for (the object allocated outside a TLAB, or the TLAB it opened) and charged to its class and to the
 * first frame in a package of interest, with the frames above it (the JDK's or the model's code it called).
 *
 * <p>Run the benchmark with {@code -XX:-UseTLAB}: then every allocation is an event of its own and the
 * profile is exact, not sampled (recording is slow, so two seconds are plenty; the compiled code and its
 * escape analysis are those of a normal run). TLAB samples are not enough for a loop like scoring: the loop
 * allocates the same objects in the same order every time, so a TLAB size close to a multiple of the bytes
 * per operation keeps charging the same few objects. Bytes per operation are the shares of the figure
 * {@code -prof gc} gives for the same benchmark.
 *
 * <pre>{@code
 * flock /tmp/mvn.lock java -jar benchmarks/target/benchmarks.jar ScoringBenchmark.perfeval -f 1 -wi 5 -i 3 \
 *     -jvmArgsAppend "-XX:-UseTLAB -XX:FlightRecorderOptions=stackdepth=96 \
 *     -XX:StartFlightRecording=delay=15s,duration=2s,filename=/tmp/scoring.jfr,settings=benchmarks/allocation.jfc"
 * java -cp benchmarks/target/benchmarks.jar io.github.perfeval.benchmarks.AllocationSites /tmp/scoring.jfr \
 *     io.github.perfeval.scoring 16424
 * }</pre>
 *
 * <p>Arguments: the recording, the package whose first frame names a site, the bytes per operation
 * {@code -prof gc} measured (optional: shares only without it), the share to list up to (default 0.99).
 */
public final class AllocationSites {

    private AllocationSites() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: AllocationSites RECORDING.jfr PACKAGE [BYTES_PER_OP] [SHARE]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String pkg = args[1];
        double perOp = args.length > 2 ? Double.parseDouble(args[2]) : 0;
        double upTo = args.length > 3 ? Double.parseDouble(args[3]) : 0.99;
        Map<String, long[]> sites = new HashMap<>();
        long total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            long bytes;
            if (type.equals("jdk.ObjectAllocationInNewTLAB")) {
                bytes = e.getLong("tlabSize");
            } else if (type.equals("jdk.ObjectAllocationOutsideTLAB")) {
                bytes = e.getLong("allocationSize");
            } else {
                continue;
            }
            if (e.getThread() == null || !String.valueOf(e.getThread().getJavaName()).contains("jmh-worker")) {
                continue;
            }
            String site = site(e.getClass("objectClass").getName(), e.getStackTrace(), pkg);
            long[] acc = sites.computeIfAbsent(site, k -> new long[2]);
            acc[0] += bytes;
            acc[1]++;
            total += bytes;
        }
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(sites.entrySet());
        sorted.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        System.out.printf(Locale.ROOT, "%d sites, %d events, %.1f MB sampled%n", sites.size(),
                sorted.stream().mapToLong(s -> s.getValue()[1]).sum(), total / 1e6);
        System.out.println(" share   cum.  " + (perOp > 0 ? " B/op  " : "") + "class @ first frame in " + pkg + "  [frames above it]");
        long acc = 0;
        for (Map.Entry<String, long[]> s : sorted) {
            acc += s.getValue()[0];
            double share = (double) s.getValue()[0] / total;
            System.out.printf(Locale.ROOT, "%5.1f%% %5.1f%%  %s%s%n", 100 * share, 100.0 * acc / total,
                    perOp > 0 ? String.format(Locale.ROOT, "%5.0f  ", share * perOp) : "", s.getKey());
            if ((double) acc / total >= upTo) {
                break;
            }
        }
    }

    private static String site(String objectClass, RecordedStackTrace stack, String pkg) {
        String cls = objectClass.substring(objectClass.lastIndexOf('.') + 1);
        if (stack == null) {
            return cls + " @ ?";
        }
        List<String> above = new ArrayList<>();
        for (RecordedFrame f : stack.getFrames()) {
            String type = f.getMethod().getType().getName();
            String frame = type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName() + ":" + f.getLineNumber();
            if (type.startsWith(pkg) && !type.contains("$$Lambda")) {
                return cls + " @ " + frame + (above.isEmpty() ? "" : "  [" + String.join(" < ", above) + "]");
            }
            if (above.size() < 3 && !type.startsWith("java.lang.invoke") && !type.contains("$$Lambda")) {
                above.add(frame);
            }
        }
        return cls + " @ ?  [" + String.join(" < ", above) + "]";
    }
}
