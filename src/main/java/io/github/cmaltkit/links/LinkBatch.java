package io.github.cmaltkit.links;

import io.github.cmaltkit.links.LinkCheck.Done;
import io.github.cmaltkit.links.LinkCheck.Send;
import io.github.cmaltkit.links.LinkCheck.Step;
import io.github.cmaltkit.links.WebLinkResult.Outcome;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One call of {@link WebLinkVerifier#verify}: each distinct address checked once (mailto: and
 * addresses that are not web links judged without a request, fresh cached results reused), every
 * request of every link through one {@link Dispatcher}, then the "is this computer offline?" guess.
 */
final class LinkBatch {

    private final LinkCheckOptions o;
    private final SignInPages signIn;
    private final Transport transport;
    private final Set<String> htmlHosts = ConcurrentHashMap.newKeySet();

    LinkBatch(LinkCheckOptions o, SignInPages signIn, Transport transport) {
        this.o = o;
        this.signIn = signIn;
        this.transport = transport;
    }

    Map<String, WebLinkResult> verify(Collection<String> urls) {
        Map<String, WebLinkResult> byKey = new ConcurrentHashMap<>();
        Map<String, String> keyOf = new LinkedHashMap<>();
        Map<String, URI> toFetch = new LinkedHashMap<>();
        Map<String, WebLinkResult> immediate = new LinkedHashMap<>();
        ResultCache cache = o.cacheDir() == null ? null : new ResultCache(o.cacheDir(), o.cacheMaxAge(), o.clock());

        for (String url : urls) {
            if (keyOf.containsKey(url) || immediate.containsKey(url)) continue;
            String s = url == null ? "" : url.strip();
            if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
                immediate.put(url, WebAddress.mailto(url, s));
                continue;
            }
            URI uri;
            try {
                uri = WebAddress.normalise(s);
            } catch (WebAddress.CredentialsException e) {
                immediate.put(url, new WebLinkResult(url, Outcome.BROKEN, 0, url, "has a user name or password in it:"
                        + " anyone reading the portfolio can see them, so take them out and share the page another way"));
                continue;
            } catch (URISyntaxException | IllegalArgumentException e) {
                immediate.put(url, new WebLinkResult(url, Outcome.BROKEN, 0, url, "not a valid web address"));
                continue;
            }
            String scheme = uri.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                immediate.put(url, new WebLinkResult(url, Outcome.UNVERIFIED, 0, url,
                        (scheme == null ? "no scheme" : scheme + ": links") + " are not checked"));
                continue;
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                immediate.put(url, new WebLinkResult(url, Outcome.BROKEN, 0, url, "no host in the address"));
                continue;
            }
            String key = uri.toString();
            keyOf.put(url, key);
            if (byKey.containsKey(key) || toFetch.containsKey(key)) continue;
            WebLinkResult cached = cache == null ? null : cache.get(key);
            if (cached != null) byKey.put(key, cached);
            else toFetch.put(key, uri);
        }

        fetchAll(toFetch, byKey, cache);
        if (cache != null) cache.save();

        Map<String, WebLinkResult> out = new LinkedHashMap<>();
        for (String url : urls) {
            if (out.containsKey(url)) continue;
            WebLinkResult r = immediate.get(url);
            if (r == null) {
                WebLinkResult k = byKey.get(keyOf.get(url));
                r = new WebLinkResult(url, k.outcome(), k.status(), k.finalUrl(), k.reason());
            }
            out.put(url, r);
        }
        return out;
    }

    private void fetchAll(Map<String, URI> toFetch, Map<String, WebLinkResult> byKey, ResultCache cache) {
        if (toFetch.isEmpty()) return;
        Progress progress = new Progress(o.progress(), toFetch.size(), o.progressEveryMillis());
        ExecutorService pool = Executors.newFixedThreadPool(threads(toFetch), daemon("cmalt-linkcheck"));
        ExecutorService waiting = Executors.newCachedThreadPool(daemon("cmalt-linkcheck-wait"));
        CountDownLatch done = new CountDownLatch(toFetch.size());
        try {
            Dispatcher dispatcher = new Dispatcher(o.perHost(), o.global(), pool);
            Run run = new Run(dispatcher, waiting, (check, r) -> {
                byKey.put(check.url(), r);
                if (cache != null) cache.put(check.url(), r);
                progress.step();
                done.countDown();
            });
            toFetch.values().forEach(uri -> run.begin(new LinkCheck(uri, o, signIn, htmlHosts)));
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            toFetch.keySet().forEach(key -> byKey.putIfAbsent(key,
                    new WebLinkResult(key, Outcome.UNVERIFIED, 0, key, "interrupted")));
        } finally {
            pool.shutdownNow();
            waiting.shutdownNow();
        }
        offlineGuess(toFetch, byKey);
    }

    /**
     * No more threads than requests can be in flight: the global limit, and the per-host limit times
     * the hosts linked to (a redirect to another host shares them). A larger global limit then costs
     * no thread that would never run (in bench/links: 80 threads for 10 hosts, not the limit's 128).
     */
    private int threads(Map<String, URI> toFetch) {
        Set<String> hosts = new HashSet<>();
        for (URI uri : toFetch.values()) hosts.add(WebAddress.hostKey(uri));
        long byHost = (long) o.perHost() * hosts.size();
        return (int) Math.min(Math.min(o.global(), toFetch.size()), byHost);
    }

    /** Feeds each link's steps through the dispatcher until its verdict. */
    private final class Run {
        private final Dispatcher dispatcher;
        private final ExecutorService waiting;
        private final java.util.function.BiConsumer<LinkCheck, WebLinkResult> finished;
        /**
         * Links held back until their host's first answer: by host, while that host's probe (its first
         * link's first request) is out. A host with no entry has answered, or was never asked.
         */
        private final Map<String, List<LinkCheck>> heldBack = new HashMap<>();
        private final Set<String> asked = new HashSet<>();
        private final Set<LinkCheck> probes = ConcurrentHashMap.newKeySet();

        Run(Dispatcher dispatcher, ExecutorService waiting, java.util.function.BiConsumer<LinkCheck, WebLinkResult> finished) {
            this.dispatcher = dispatcher;
            this.waiting = waiting;
            this.finished = finished;
        }

        /**
         * The first request of a link is chosen when its turn comes, not when it is queued: by then
         * earlier answers may have shown that its host serves HTML (GET straight away). Until a host's
         * first link has its first answer, its other links wait: started together, each would ask
         * HEAD of an HTML page and then GET it, two requests where one does.
         */
        void begin(LinkCheck check) {
            String host = WebAddress.hostKey(check.startUri);
            synchronized (this) {
                List<LinkCheck> held = heldBack.get(host);
                if (held != null) {
                    held.add(check);
                    return;
                }
                // A page is asked with GET at once: nothing to learn first, nothing to hold back.
                if (o.skipHeadOnHtmlHosts() && !LinkCheck.readAtOnce(check.startUri, o) && asked.add(host)) {
                    heldBack.put(host, new ArrayList<>());
                    probes.add(check);
                }
            }
            dispatcher.submit(host, () -> send(check, check.start()));
        }

        /** The host's probe has its first answer: the links held back start, knowing what the host serves. */
        private void release(LinkCheck probe) {
            if (!probes.remove(probe)) return;
            List<LinkCheck> held;
            synchronized (this) {
                held = heldBack.remove(WebAddress.hostKey(probe.startUri));
            }
            if (held != null) held.forEach(this::begin);
        }

        void next(LinkCheck check, Step step) {
            if (step instanceof Done d) {
                finished.accept(check, d.result());
                return;
            }
            Send send = (Send) step;
            if (send.after().isZero()) {
                queue(check, send);
                return;
            }
            // A retry waits outside the dispatcher: the host's slot is free for other links meanwhile.
            waiting.execute(() -> {
                try {
                    o.sleeper().sleep(send.after());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    finished.accept(check, new WebLinkResult(check.url(), Outcome.UNVERIFIED, 0, check.url(),
                            "interrupted while waiting to try again"));
                    return;
                }
                queue(check, send);
            });
        }

        /** A started link's next request goes ahead of the links not started yet. */
        private void queue(LinkCheck check, Send send) {
            dispatcher.submitFirst(WebAddress.hostKey(send.uri()), () -> send(check, send));
        }

        private void send(LinkCheck check, Step step) {
            Step following;
            try {
                Send send = (Send) step;
                following = check.answered(transport.send(send.method(), send.uri()));
            } catch (RuntimeException e) {
                following = new Done(new WebLinkResult(check.url(), Outcome.UNVERIFIED, 0, check.url(),
                        "could not check: " + e));
            }
            release(check);
            // The next request starts once a slot of its host is free (this one's is given back
            // when this job ends).
            next(check, following);
        }
    }

    /**
     * When no named host at all could be found, the computer most likely cannot look names up
     * (offline, or no DNS): "no such host" then proves nothing about the links, which are left
     * unverified. Addresses written as IP numbers need no look-up, so they say nothing either way.
     */
    private void offlineGuess(Map<String, URI> fetched, Map<String, WebLinkResult> byKey) {
        Set<String> missing = new HashSet<>();
        for (Map.Entry<String, URI> e : fetched.entrySet()) {
            WebLinkResult r = byKey.get(e.getKey());
            if (r == null) continue;
            if (LinkVerdicts.NO_SUCH_HOST.equals(r.reason())) missing.add(e.getKey());
            else if (!WebAddress.isIpLiteral(WebAddress.hostKey(e.getValue()))) return; // a name was looked up
        }
        // None was found: a misspelt host, or no look-up at all? Only asking a known name tells.
        if (missing.isEmpty() || o.nameLookup().works()) return;
        missing.forEach(k -> {
            WebLinkResult r = byKey.get(k);
            byKey.put(k, new WebLinkResult(r.url(), Outcome.UNVERIFIED, 0, r.finalUrl(),
                    "no such host (no host name could be looked up at all: is this computer offline?)"));
        });
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
