package io.github.cmaltkit.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmaltkit.cli.CommandRun;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad drafts get exit 2 and one sentence naming the file and what to do, and nothing is written. */
class RefusalTest {

    @TempDir
    Path tmp;

    private CommandRun importing(Path draft) {
        return CommandRun.in(tmp, "import", draft.toString(), "--into", tmp.resolve("out").toString());
    }

    private void refused(CommandRun run, String... words) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("cmalt import: ").contains(words).doesNotContain("Exception", "\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void oldBinaryDocIsRefusedWithHowToSaveAsDocx() throws Exception {
        Path doc = tmp.resolve("old.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        refused(importing(doc), doc.toString(), "old binary Word document (.doc)", "save it as .docx");
    }

    @Test
    void passwordProtectedDocxIsRefused() throws Exception {
        Path plain;
        try (WordDraft w = new WordDraft()) {
            w.heading("Heading1", "Future plans");
            plain = w.save(tmp.resolve("plain.docx"));
        }
        Path locked = tmp.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        refused(importing(locked), locked.toString(), "password-protected", "remove the password");
    }

    @Test
    void corruptDocxIsRefused() throws Exception {
        Path broken = tmp.resolve("broken.docx");
        Files.write(broken, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        refused(importing(broken), broken.toString(), "damaged or is not a Word document", "save it again as .docx");
    }

    @Test
    void fileThatIsNotWhatItsNameSaysIsRefused() throws Exception {
        Path pdf = tmp.resolve("portfolio.docx");
        Files.writeString(pdf, "%PDF-1.7\n...");
        refused(importing(pdf), "named as a Word document but holds a PDF");
        Path zip = tmp.resolve("page.html");
        Files.write(zip, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0});
        refused(importing(zip), "named as a web page but holds a zip archive");
        Path bin = tmp.resolve("notes.md");
        Files.write(bin, new byte[] {1, 0, 2, 0, 3});
        refused(importing(bin), "named as a Markdown file but holds binary data");
    }

    @Test
    void targetFolderThatHoldsFilesIsRefusedAndKept() throws Exception {
        Path md = tmp.resolve("draft.md");
        Files.writeString(md, "# Future plans\n\nMore teaching in 2026.\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("mine.txt"), "keep me");
        CommandRun run = importing(md);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(out + " already exists and is not empty");
        assertThat(out.resolve("mine.txt")).hasContent("keep me");
        try (var s = Files.list(out)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }

    @Test
    void draftWithNoKnownHeadingGoesToOnePageAndSaysWhatWasLookedFor() throws Exception {
        Path md = tmp.resolve("notes.md");
        Files.writeString(md, "# My teaching year\n\nI taught in 2024.\n\n## Things that went well\n\nThe labs.\n");
        CommandRun run = importing(md);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("no heading of " + md + " names a section of the cmalt pathway");
        assertThat(run.out()).contains("\"Imported draft\"", "  An understanding of the constraints and benefits of different technologies",
                "  core-1a", "  Specialist option N");
        String page = Files.readString(tmp.resolve("out/content/imported-draft.md"));
        assertThat(page).startsWith("---\ntitle: \"Imported draft\"\n---\n")
                .contains("## My teaching year\n\nI taught in 2024.\n\n### Things that went well\n\nThe labs.");
    }

    @Test
    void nothingIsWrittenIntoAFolderDraft() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<html><body><main><h1>Future plans</h1><p>Soon.</p></main></body></html>",
                StandardCharsets.UTF_8);
        CommandRun run = CommandRun.in(tmp, "import", site.toString(), "--into", site.resolve("portfolio").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("inside the draft's folder");
        try (var s = Files.list(site)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }
}
