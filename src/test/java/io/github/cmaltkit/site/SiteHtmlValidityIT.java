package io.github.cmaltkit.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.json.Json;

/**
 * Every page of the baked site is valid HTML for the Nu Html Checker (the W3C validator), run
 * in-process and offline. Errors fail; warnings are printed so that they are seen but allowed.
 */
class SiteHtmlValidityIT {

    private static long validatingNanos;
    private static int pagesValidated;
    private static int infos;

    @TestFactory
    Stream<DynamicTest> everyPageIsValidHtml() {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        return BakedSite.htmlPages().stream().map(page -> DynamicTest.dynamicTest(BakedSite.name(page), () -> validate(validator, page)));
    }

    private static void validate(EmbeddedValidator validator, Path page) throws Exception {
        long start = System.nanoTime();
        String json = validator.validate(page);
        validatingNanos += System.nanoTime() - start;
        pagesValidated++;

        List<String> errors = new ArrayList<>();
        Map<String, Object> report = new Json().toType(json, Json.MAP_TYPE);
        for (Object o : (List<?>) report.getOrDefault("messages", List.of())) {
            Map<?, ?> m = (Map<?, ?>) o;
            String line = BakedSite.name(page) + ":" + m.get("lastLine") + ":" + m.get("firstColumn") + ": "
                    + m.get("type") + (m.get("subType") == null ? "" : "/" + m.get("subType")) + ": " + m.get("message")
                    + (m.get("extract") == null ? "" : "\n    " + m.get("extract").toString().strip());
            // "error" is invalid markup; "non-document-error" means the checker could not read the page: both fail.
            if (String.valueOf(m.get("type")).contains("error")) errors.add(line);
            else if ("warning".equals(m.get("subType"))) System.out.println("[Nu] " + line);
            else infos++; // plain information (e.g. "trailing slash on void elements"): counted, not printed
        }
        assertTrue(errors.isEmpty(), () -> "The Nu Html Checker found " + errors.size() + " error(s) in "
                + BakedSite.name(page) + ":\n" + String.join("\n", errors));
    }

    @AfterAll
    static void printTiming() {
        System.out.printf("[Nu] validated %d page(s) in %.1f s (%d information message(s) not shown)%n",
                pagesValidated, validatingNanos / 1e9, infos);
    }
}
