package dev.handbook.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the handbook into a static site, as {@code handbook build} does: every problem is reported,
 * and a handbook with errors fails the build and leaves the previous site as it was. Bound to
 * {@code package} by default.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends HandbookMojo {
    /** The site folder. Like {@code handbook build}, it replaces only a folder it made itself. */
    @Parameter(property = "handbook.out", defaultValue = "${project.build.directory}/handbook", required = true)
    File out;

    /** Treat warnings as errors. */
    @Parameter(property = "handbook.strict", defaultValue = "false")
    boolean strict;

    @Override
    String command() {
        return "build";
    }

    @Override
    List<String> options() {
        List<String> options = new ArrayList<>(List.of("--out", out.getAbsolutePath()));
        if (strict) options.add("--strict");
        return options;
    }
}
