import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cmaltkit.build.HttpAnswers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's web: HTML pages on 10 loopback hosts (127.0.0.2 to 127.0.0.11, one port), each
 * answer after LATENCY ms; counts requests and the most in flight at once per host.
 *
 * java -cp target/cmalt.jar BenchServer.java OUT_DIR [LINKS=1000] [LATENCY_MS=50] [HOSTS=10]
 *   writes OUT_DIR/links.md (one Markdown link a line), prints "READY <port>", serves until killed.
 *   GET /__stats on any host: requests and peak in-flight per host; GET /__reset: zero them.
 */
public class BenchServer {

    static final String PAGE = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Evidence %d</title></head>"
            + "<body><main><h1>Evidence %d</h1><p>A page of evidence for a CMALT portfolio.</p>"
            + "<a href=\"/page/%d\">next</a></main></body></html>";

    public static void main(String[] args) throws Exception {
        // Without it the JDK server sends headers and body in two packets held apart by Nagle's
        // algorithm and the client's delayed ACK: 40 ms more on every GET, for every tool.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path out = Path.of(args[0]);
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 50;
        int hostCount = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < hostCount; i++) hosts.add("127.0.0." + (2 + i));

        AtomicInteger[] inFlight = new AtomicInteger[hostCount];
        AtomicInteger[] peak = new AtomicInteger[hostCount];
        AtomicLong[] requests = new AtomicLong[hostCount];
        for (int i = 0; i < hostCount; i++) {
            inFlight[i] = new AtomicInteger();
            peak[i] = new AtomicInteger();
            requests[i] = new AtomicLong();
        }
        ExecutorService pool = Executors.newCachedThreadPool();
        int port = 0;
        List<HttpServer> servers = null;
        for (int attempt = 0; attempt < 20 && servers == null; attempt++) {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(hosts.get(0)))) {
                port = probe.getLocalPort();
            }
            servers = new ArrayList<>();
            try {
                for (String h : hosts) servers.add(HttpServer.create(new InetSocketAddress(InetAddress.getByName(h), port), 1024));
            } catch (IOException taken) {
                servers.forEach(s -> s.stop(0));
                servers = null;
            }
        }
        if (servers == null) throw new IOException("no free port on all of " + hosts);

        for (int i = 0; i < hostCount; i++) {
            int hi = i;
            HttpServer s = servers.get(i);
            s.setExecutor(pool);
            s.createContext("/page/", ex -> {
                int now = inFlight[hi].incrementAndGet();
                peak[hi].accumulateAndGet(now, Math::max);
                requests[hi].incrementAndGet();
                int status = 200;
                int n = -1;
                try {
                    Thread.sleep(latency);
                    n = Integer.parseInt(ex.getRequestURI().getPath().substring(6));
                } catch (InterruptedException | NumberFormatException e) {
                    status = 404;
                }
                // Out of flight before the answer leaves: a client may send its next request as soon as
                // it has the answer, and that one must not be counted together with this one.
                inFlight[hi].decrementAndGet();
                if (status == 200) send(ex, 200, "text/html; charset=utf-8", String.format(PAGE, n, n, n + 1));
                else send(ex, 404, "text/plain", "no");
            });
            s.createContext("/__stats", ex -> {
                StringBuilder b = new StringBuilder();
                long total = 0;
                int maxPeak = 0;
                for (int j = 0; j < hostCount; j++) {
                    b.append(hosts.get(j)).append(" requests=").append(requests[j].get())
                            .append(" peak_in_flight=").append(peak[j].get()).append('\n');
                    total += requests[j].get();
                    maxPeak = Math.max(maxPeak, peak[j].get());
                }
                b.append("total requests=").append(total).append(" max_peak_in_flight_per_host=").append(maxPeak).append('\n');
                send(ex, 200, "text/plain", b.toString());
            });
            s.createContext("/__reset", ex -> {
                for (int j = 0; j < hostCount; j++) {
                    peak[j].set(0);
                    requests[j].set(0);
                }
                send(ex, 200, "text/plain", "reset\n");
            });
            s.start();
        }

        StringBuilder md = new StringBuilder("# Evidence\n\n");
        for (int i = 0; i < links; i++) {
            md.append("- [Evidence ").append(i).append("](http://").append(hosts.get(i % hostCount)).append(':')
                    .append(port).append("/page/").append(i).append(")\n");
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("links.md"), md.toString());
        System.out.println("READY " + port);
        System.out.flush();
    }

    /** The kit's own answer (HEAD: headers only), then the exchange is closed. */
    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        HttpAnswers.send(ex, status, type, body);
        ex.close();
    }
}
