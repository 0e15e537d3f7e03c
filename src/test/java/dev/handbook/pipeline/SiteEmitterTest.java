package dev.handbook.pipeline;

import dev.handbook.diag.Diagnostic;
import dev.handbook.model.OutputFile;
import dev.handbook.model.Page;
import dev.handbook.model.StaticFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 23.11: a path no file system takes is an error before any sink sees it, in build, check and serve alike. */
class SiteEmitterTest {
    @Test
    void aNameLongerThanFileSystemsTakeIsAnErrorNamingItsSource() {
        List<String> got = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        SiteEmitter.Sink sink = SiteEmitter.guarded(new SiteEmitter.Sink() {
            @Override
            public void page(Page page, OutputFile file) {
                got.add(file.path());
            }

            @Override
            public void generated(OutputFile file) {
                got.add(file.path());
            }

            @Override
            public void asset(String path, Path from) {
                got.add(path);
            }

            @Override
            public void staticFile(StaticFile file, Path from) {
                got.add(file.path());
            }
        }, diags);
        String longName = "é".repeat(128); // 256 bytes of UTF-8
        sink.generated(new OutputFile("tags/" + longName + "/index.html", new byte[0]));
        sink.generated(new OutputFile("tags/" + "é".repeat(127) + "/index.html", new byte[0]));
        sink.staticFile(new StaticFile("files/" + longName, "content/files/" + longName, "everyone"), Path.of("x"));
        assertEquals(List.of("tags/" + "é".repeat(127) + "/index.html"), got);
        assertEquals(List.of("(generated) tags/" + longName + "/index.html: error: cannot write tags/"
                        + "é".repeat(55) + "…: a name in it takes 256 bytes, and file systems take at most 255",
                "content/files/" + longName + ": error: cannot write files/" + "é".repeat(54) + "…: a name in it takes "
                        + "256 bytes, and file systems take at most 255"),
                diags.stream().map(Diagnostic::headline).toList());
    }
}
