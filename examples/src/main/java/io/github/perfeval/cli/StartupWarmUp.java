package io.github.perfeval.cli;

import org.apache.poi.ss.usermodel.DataFormatter;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/**
 * A one-form {@code check} uses one core: while its main thread parses the arguments, builds the readers and reads and
 * counts the file, a daemon thread initializes what the xlsx reader reaches last and pays most for on its first use:
 * POI's {@code DataFormatter} (with log4j-api's lookup of its provider and properties behind its logger, the locale
 * data of number and date formats) and the JDK's StAX parser. Nothing is printed, nothing it makes is kept (the main
 * thread makes its own formatter and parser), and a failure in it is ignored: the file's own check meets the same
 * failure and says what it is. Not started on a machine with one processor, where it could only take time from the
 * check. Warming up more (the whole check of the shipped form, or scoring and the report texts too) was measured and
 * not kept: docs/PERFORMANCE.md.
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
            DataFormatter f = new DataFormatter();
            f.formatRawCellContents(0.256, 10, "0.00%");
            f.formatRawCellContents(45000, 14, "yyyy/m/d");
            f.formatRawCellContents(1234.5, 4, "#,##0.00");
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
