package dev.handbook.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * Checks the handbook as {@code handbook check} does: builds it in memory and verifies every link,
 * anchor, image and page of the rendered site, writing nothing. Findings at error level (or any
 * finding, with {@code strict}) fail the build, after the same report the command prints. Bound to
 * {@code verify} by default.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends HandbookMojo {
    /** Treat warnings as errors. */
    @Parameter(property = "handbook.strict", defaultValue = "false")
    boolean strict;

    @Override
    String command() {
        return "check";
    }

    @Override
    List<String> options() {
        return strict ? List.of("--strict") : List.of();
    }
}
