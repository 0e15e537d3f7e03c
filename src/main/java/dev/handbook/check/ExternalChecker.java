package dev.handbook.check;

import dev.handbook.config.CheckSettings;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Asks other sites whether the pages a handbook links to still exist. Requests run concurrently,
 * at most {@code per_host} at a time to one host (so a handbook with 300 links to one wiki does not
 * look like an attack), each with a timeout; a timeout, a server error or "too many requests" is
 * tried once more (after the {@code Retry-After} the server asked for, up to
 * {@link #MAX_RETRY_AFTER}). A {@code HEAD} request comes first; servers that refuse it get a
 * {@code GET}. Redirects are followed.
 *
 * <p>A page that is gone (404, 410) is {@link Verdict#BROKEN}; anything else that fails may work
 * next time and is {@link Verdict#UNSURE}. URLs matching {@code check.external.exclude} and the
 * handbook's own edit links are never requested.
 */
public final class ExternalChecker {
    /** The longest {@code Retry-After} the check waits for before trying again. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);
    /** Pause before the retry of a timeout or server error. */
    static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    private static final String USER_AGENT = "handbook-check/1 (link checker of a team handbook)";
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(301, "Moved Permanently"),
            Map.entry(302, "Found"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    public enum Verdict { OK, BROKEN, UNSURE }

    /** What a URL's check concluded; {@code message} completes "external link 'URL' ...". */
    public record Outcome(Verdict verdict, int status, String message) {
    }

    /**
     * @param urls      distinct URLs found (fragments removed)
     * @param requested URLs asked over the network
     * @param cached    URLs answered from the cache
     * @param excluded  URLs left alone because of {@code check.external.exclude} or {@code edit_url}
     */
    public record Stats(int urls, int requested, int cached, int excluded) {
    }

    private final CheckSettings.External settings;
    private final List<Pattern> exclude = new ArrayList<>();
    private final LinkCache cache;
    private final Clock clock;
    private final HttpClient client;
    private final AtomicInteger requested = new AtomicInteger();
    private final AtomicInteger fromCache = new AtomicInteger();
    private final AtomicInteger excluded = new AtomicInteger();
    private int urls;

    /** @param editUrl the handbook's edit_url: its links lead to files of the repository, not to check */
    public ExternalChecker(CheckSettings.External settings, Optional<String> editUrl, LinkCache cache, Clock clock) {
        this.settings = settings;
        this.cache = cache;
        this.clock = clock;
        for (String glob : settings.exclude()) exclude.add(glob(glob));
        editUrl.ifPresent(u -> exclude.add(glob(u.replace("{path}", "*"))));
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    public LinkCache cache() {
        return cache;
    }

    public Stats stats() {
        return new Stats(urls, requested.get(), fromCache.get(), excluded.get());
    }

    /** Checks every URL; the map has an outcome for each URL not excluded. */
    Map<String, Outcome> check(Collection<String> urlsToCheck) {
        Map<String, Outcome> out = new ConcurrentHashMap<>();
        Map<String, Deque<URI>> byHost = new TreeMap<>();
        Instant now = clock.instant();
        for (String url : urlsToCheck) {
            urls++;
            if (exclude.stream().anyMatch(p -> p.matcher(url).matches())) {
                excluded.incrementAndGet();
                continue;
            }
            Optional<LinkCache.Entry> hit = cache.fresh(url, now, settings.cacheFor());
            if (hit.isPresent()) {
                fromCache.incrementAndGet();
                out.put(url, new Outcome(hit.get().verdict(), hit.get().status(), hit.get().message()));
                continue;
            }
            Optional<URI> uri = uri(url);
            if (uri.isEmpty() || uri.get().getHost() == null) {
                out.put(url, new Outcome(Verdict.BROKEN, 0, "is not a valid URL"));
                continue;
            }
            String host = uri.get().getHost().toLowerCase(Locale.ROOT) + ":" + uri.get().getPort();
            byHost.computeIfAbsent(host, h -> new ConcurrentLinkedDeque<>()).add(uri.get());
        }
        run(byHost, out);
        return out;
    }

    /**
     * Up to {@code per_host} workers per host, each taking that host's URLs one after another; the
     * workers of all hosts share {@code concurrency} threads, first workers of every host first.
     */
    private void run(Map<String, Deque<URI>> byHost, Map<String, Outcome> out) {
        List<Callable<Void>> workers = new ArrayList<>();
        for (int round = 0; round < settings.perHost(); round++) {
            for (Deque<URI> queue : byHost.values()) {
                if (queue.size() <= round) continue;
                workers.add(() -> {
                    for (URI u = queue.poll(); u != null; u = queue.poll()) out.put(u.toString(), probe(u));
                    return null;
                });
            }
        }
        if (workers.isEmpty()) return;
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.concurrency(), workers.size()), r -> {
            Thread t = new Thread(r, "external-links-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            pool.invokeAll(workers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One URL: a request, and one more when the first failed in a way that may pass. */
    Outcome probe(URI uri) {
        requested.incrementAndGet();
        Attempt result = attempt(uri);
        if (result.retryAfter().isPresent()) {
            try {
                Thread.sleep(result.retryAfter().get().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result.outcome();
            }
            result = attempt(uri);
        }
        Outcome o = result.outcome();
        if (o.verdict() != Verdict.UNSURE) {
            cache.put(uri.toString(), new LinkCache.Entry(clock.instant(), o.verdict(), o.status(), o.message()));
        }
        return o;
    }

    /** The outcome of one try, and how long to wait before trying again when it is worth it. */
    private record Attempt(Outcome outcome, Optional<Duration> retryAfter) {
        static Attempt done(Verdict v, int status, String message) {
            return new Attempt(new Outcome(v, status, message), Optional.empty());
        }

        static Attempt again(int status, String message, Duration wait) {
            return new Attempt(new Outcome(Verdict.UNSURE, status, message), Optional.of(wait));
        }
    }

    private Attempt attempt(URI uri) {
        try {
            Answer answer = send(uri, "HEAD");
            if (answer.status() >= 400 && answer.status() != 429) answer = send(uri, "GET");
            return classify(answer.status(), answer.retryAfter());
        } catch (HttpTimeoutException e) {
            return Attempt.again(0, "did not answer within " + settings.timeout().toSeconds() + " s", RETRY_PAUSE);
        } catch (IOException e) {
            return Attempt.again(0, "cannot be reached (" + reason(e) + ")", RETRY_PAUSE);
        } catch (IllegalArgumentException e) {
            return Attempt.done(Verdict.BROKEN, 0, "is not a valid URL");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.done(Verdict.UNSURE, 0, "was not checked: interrupted");
        }
    }

    /** A server's answer: its status and its Retry-After header. */
    private record Answer(int status, Optional<String> retryAfter) {
    }

    private Answer send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(settings.timeout()).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build();
        HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        r.body().close(); // the status is all we need; the body is never downloaded
        return new Answer(r.statusCode(), r.headers().firstValue("Retry-After"));
    }

    private Attempt classify(int status, Optional<String> retryAfter) {
        String answer = "answers " + status + Optional.ofNullable(REASONS.get(status)).map(r -> " " + r).orElse("");
        if (status >= 200 && status < 300) return Attempt.done(Verdict.OK, status, answer);
        if (status == 404 || status == 410) return Attempt.done(Verdict.BROKEN, status, answer);
        if (status == 429) {
            Duration wait = retryAfter.flatMap(this::retryAfter).orElse(RETRY_PAUSE);
            if (wait.compareTo(MAX_RETRY_AFTER) > 0) {
                return Attempt.done(Verdict.UNSURE, status, answer + " and asks to wait " + wait.toSeconds() + " s");
            }
            return Attempt.again(status, answer, wait);
        }
        if (status >= 500) return Attempt.again(status, answer, RETRY_PAUSE);
        if (status >= 300 && status < 400) return Attempt.done(Verdict.UNSURE, status, answer + " with a redirect that was not followed");
        if (status == 401 || status == 403) return Attempt.done(Verdict.UNSURE, status, answer + " (it may need a login)");
        return Attempt.done(Verdict.UNSURE, status, answer);
    }

    /** Retry-After as seconds or as an HTTP date. */
    private Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                Instant at = java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (java.time.format.DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) return t.getMessage();
        }
        String name = e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getClass().getSimpleName();
        return name.equals("UnresolvedAddressException") ? "unknown host" : name;
    }

    private static Optional<URI> uri(String url) {
        try {
            return Optional.of(URI.create(url));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A pattern where '*' stands for any run of characters and everything else for itself. */
    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (re.length() > 0) re.append(".*");
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re.toString());
    }
}
