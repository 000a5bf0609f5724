package io.github.perfeval.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium driven through the DevTools protocol over its WebSocket (the JDK's own client):
 * open a page, evaluate script in it, collect what it logs, capture a screenshot, print it to PDF. One
 * browser for a test class; its profile lives in a fresh temporary folder, deleted on close.
 */
final class HeadlessChromium implements AutoCloseable {

    /** The flags that work on Debian's package in a container, plus the DevTools port. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /**
     * Where Chromium is: {@code -Dperfeval.chromium}, {@code $PERFEVAL_CHROMIUM}, else Debian's and other usual places;
     * none with {@code -Dperfeval.chromium=none} (to see the test skip).
     *
     * @return the executable, or empty when none is installed
     */
    static Optional<Path> executable() {
        if ("none".equals(System.getProperty("perfeval.chromium"))) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("perfeval.chromium")).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("PERFEVAL_CHROMIUM")).ifPresent(candidates::add);
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
                "/usr/bin/google-chrome-stable"));
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static String whereLooked() {
        return "-Dperfeval.chromium, $PERFEVAL_CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome";
    }

    /** Starts the browser and connects to it. */
    static HeadlessChromium launch(Path executable) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("perfeval-chromium-");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        Path log = profile.resolve("chromium.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<String> lines = List.of();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            if (Files.exists(portFile)) {
                lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2) {
                    break;
                }
            }
            Thread.sleep(50);
        }
        if (lines.size() < 2) {
            process.destroyForcibly();
            throw new IOException("Chromium did not open its DevTools port within " + TIMEOUT + ": " + Files.readString(log));
        }
        URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(uri, listener).join();
        HeadlessChromium browser = new HeadlessChromium(process, profile, socket);
        listener.browser = browser;
        return browser;
    }

    /** A tab of the browser. */
    final class Tab {
        private final String session;

        private Tab(String session) {
            this.session = session;
        }

        JsonNode send(String method, Object... params) {
            return HeadlessChromium.this.send(session, method, params);
        }

        /** Evaluates an expression whose value is a string (use JSON.stringify) and returns it. */
        String evaluate(String expression) {
            JsonNode r = send("Runtime.evaluate", "expression", expression, "returnByValue", true, "awaitPromise", true);
            if (r.has("exceptionDetails")) {
                throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
            }
            return r.path("result").path("value").asText();
        }

        /** The console messages, uncaught exceptions and browser log entries of this tab at these levels. */
        List<String> problems() {
            List<String> out = new ArrayList<>();
            synchronized (events) {
                for (JsonNode e : events) {
                    if (!session.equals(e.path("sessionId").asText())) {
                        continue;
                    }
                    String method = e.path("method").asText();
                    JsonNode p = e.path("params");
                    if (method.equals("Runtime.exceptionThrown")) {
                        out.add("exception: " + p.path("exceptionDetails"));
                    } else if (method.equals("Runtime.consoleAPICalled")
                            && List.of("error", "warning", "assert").contains(p.path("type").asText())) {
                        out.add("console." + p.path("type").asText() + ": " + p.path("args"));
                    } else if (method.equals("Log.entryAdded")
                            && List.of("error", "warning").contains(p.path("entry").path("level").asText())) {
                        out.add("log " + p.path("entry").path("level").asText() + ": " + p.path("entry").path("text").asText()
                                + " " + p.path("entry").path("url").asText());
                    }
                }
            }
            return out;
        }

        /** The whole page as a PNG, at one CSS pixel a pixel. */
        byte[] screenshot() {
            JsonNode size = send("Page.getLayoutMetrics").path("cssContentSize");
            ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0)
                    .put("width", Math.ceil(size.path("width").asDouble())).put("height", Math.ceil(size.path("height").asDouble()))
                    .put("scale", 1);
            JsonNode r = send("Page.captureScreenshot", "format", "png", "captureBeyondViewport", true, "clip", clip);
            return java.util.Base64.getDecoder().decode(r.path("data").asText());
        }

        /** The page printed as the browser prints it, with its own {@code @page} size. */
        byte[] pdf() {
            JsonNode r = send("Page.printToPDF", "preferCSSPageSize", true, "printBackground", true);
            return java.util.Base64.getDecoder().decode(r.path("data").asText());
        }

        void close() {
            HeadlessChromium.this.send(null, "Target.closeTarget", "targetId", target);
        }

        private String target;
    }

    /** Opens a page in a new tab of the given viewport width and waits until it has loaded. */
    Tab open(URI page, int width, int height) {
        String target = send(null, "Target.createTarget", "url", "about:blank").path("targetId").asText();
        String session = send(null, "Target.attachToTarget", "targetId", target, "flatten", true).path("sessionId").asText();
        Tab tab = new Tab(session);
        tab.target = target;
        tab.send("Page.enable");
        tab.send("Runtime.enable");
        tab.send("Log.enable");
        tab.send("Emulation.setDeviceMetricsOverride", "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false);
        tab.send("Page.navigate", "url", page.toString());
        await(session, "Page.loadEventFired");
        return tab;
    }

    private void await(String session, String method) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (events) {
            while (true) {
                for (JsonNode e : events) {
                    if (method.equals(e.path("method").asText()) && session.equals(e.path("sessionId").asText())) {
                        return;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no " + method + " within " + TIMEOUT);
                }
                try {
                    events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(ex);
                }
            }
        }
    }

    private JsonNode send(String session, String method, Object... params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        if (session != null) {
            message.put("sessionId", session);
        }
        ObjectNode p = message.putObject("params");
        for (int i = 0; i < params.length; i += 2) {
            p.set((String) params[i], JSON.valueToTree(params[i + 1]));
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(message.toString(), true).join();
        JsonNode r;
        try {
            r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer", e);
        }
        if (r.has("error")) {
            throw new IllegalStateException(method + ": " + r.get("error"));
        }
        return r.path("result");
    }

    private void received(String text) {
        JsonNode m;
        try {
            m = JSON.readTree(text);
        } catch (IOException e) {
            return;
        }
        if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
            if (f != null) {
                f.complete(m);
            }
        } else {
            synchronized (events) {
                events.add(m);
                events.notifyAll();
            }
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        volatile HeadlessChromium browser;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                if (browser != null) {
                    browser.received(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            send(null, "Browser.close");
        } catch (RuntimeException ignored) {
            // the browser may close the socket before it answers
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        socket.abort();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
