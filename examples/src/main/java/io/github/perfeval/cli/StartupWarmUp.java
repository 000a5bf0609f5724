package io.github.perfeval.cli;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/**
 * A one-form {@code check} uses one core: while its main thread parses the arguments, builds the readers and reads the
 * file, a daemon thread initializes the JDK's StAX parser, which the xlsx reader reaches first and pays most for on its
 * first use (its factory, security properties and the method handles behind them). Nothing is printed, nothing it makes
 * is kept (the main thread makes its own parser), and a failure in it is ignored: the file's own check meets the same
 * failure and says what it is. Not started on a machine with one processor, where it could only take time from the
 * check. POI's {@code DataFormatter} is no longer warmed: a sheet of general numbers never starts it, and warming it
 * took a core's worth of time from the main thread for nothing (docs/PERFORMANCE.md, one form, step 7). Warming more
 * (the whole check of the shipped form, or scoring and the report texts too) was measured and not kept (step 5).
 */
final class StartupWarmUp {

    private StartupWarmUp() {
    }

    /** Starts the warm-up for a {@code check}, on a machine with more than one processor. */
    static void startFor(String... args) {
        if (args.length == 0 || !"check".equals(args[0]) || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread t = new Thread(StartupWarmUp::run, "perfeval-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            XMLInputFactory x = XMLInputFactory.newDefaultFactory();
            x.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader r = x.createXMLStreamReader(new StringReader("<a b=\"1\"><c>t</c></a>"));
            while (r.hasNext()) {
                r.next();
            }
        } catch (Throwable ignored) {
            // the file's own check meets the same failure and reports it
        }
    }
}
