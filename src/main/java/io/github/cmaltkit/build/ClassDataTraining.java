package io.github.cmaltkit.build;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cmaltkit.cli.Main;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The build's training run for the class-data archive that the {@code cmalt} launcher uses (pom.xml,
 * execution {@code class-data-archive}): the classes loaded here are the ones archived. Not a command.
 *
 * <p>{@code java -XX:ArchiveClassesAtExit=A -cp cmalt.jar io.github.cmaltkit.build.ClassDataTraining SAMPLE WORK}
 * checks SAMPLE offline, as a candidate's first runs do, then checks a small portfolio written into
 * WORK (the build's target folder, never a portfolio) whose web links go to a server on a loopback
 * port started here: an HTML page, a PDF, a redirect and a missing page. Without that second check
 * the classes of a web-link check (the HTTP client, its answers, the sign-in-page parser, about 340)
 * were read from the jar on every online check instead of from the archive.
 *
 * <p>Exit status: 2 if either check could not run, else 0 (findings are expected: the sample is a draft).
 */
final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ClassDataTraining SAMPLE_PORTFOLIO WORK_DIR");
            System.exit(Main.CANNOT_RUN);
        }
        int offline = Main.run(new String[] {"check", args[0], "--offline", "--format", "json"}, System.out, System.err);
        int online;
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            // Only a speed-up is lost: the archive then holds the offline check's classes, as it used to.
            System.out.println("no loopback server (" + e.getMessage() + "): web-link classes not archived");
            System.exit(offline == Main.CANNOT_RUN ? Main.CANNOT_RUN : Main.OK);
            return;
        }
        ExecutorService pool = Executors.newCachedThreadPool();
        server.setExecutor(pool);
        server.createContext("/", ClassDataTraining::answer);
        server.start();
        try {
            Path portfolio = writePortfolio(Path.of(args[1]), server.getAddress().getPort());
            online = Main.run(new String[] {"check", portfolio.toString(), "--no-link-cache"}, System.out, System.err);
        } finally {
            server.stop(0);
            pool.shutdownNow();
        }
        System.exit(offline == Main.CANNOT_RUN || online == Main.CANNOT_RUN ? Main.CANNOT_RUN : Main.OK);
    }

    /** A portfolio with one section whose links cover the web-link check's usual answers. */
    private static Path writePortfolio(Path work, int port) throws IOException {
        Path dir = work.resolve("portfolio");
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("portfolio.yml"), "candidate: Class Data Training\npathway: cmalt\n");
        String site = "http://127.0.0.1:" + port;
        StringBuilder md = new StringBuilder("---\nsection: core-1a\ntitle: Evidence\n---\n\n");
        for (int i = 0; i < 12; i++) md.append("- [Evidence ").append(i).append("](").append(site).append("/page/").append(i).append(")\n");
        md.append("- [A report](").append(site).append("/report.pdf)\n");
        md.append("- [Moved](").append(site).append("/moved)\n");
        md.append("- [Gone](").append(site).append("/gone)\n");
        Files.writeString(dir.resolve("content/evidence.md"), md);
        return dir;
    }

    private static void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        try (x) {
            if (path.equals("/moved")) {
                HttpAnswers.redirect(x, 301, "/page/0");
            } else if (path.equals("/report.pdf")) {
                HttpAnswers.send(x, 200, "application/pdf", "%PDF-1.4\n%%EOF\n");
            } else if (path.startsWith("/page/")) {
                HttpAnswers.send(x, 200, "text/html; charset=utf-8", "<!doctype html><html lang=en><head><title>Evidence</title></head>"
                        + "<body><main><h1>Evidence</h1><form><input type=text name=q></form></main></body></html>");
            } else {
                HttpAnswers.send(x, 404, "text/html; charset=utf-8", "<!doctype html><title>Not found</title>");
            }
        }
    }
}
