package dev.handbook.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * What the goals share: which handbook, which edition of it, and running the {@code handbook}
 * command on it in Maven's JVM. A goal is the command line it would type; the command's exit code
 * becomes the goal's outcome: 1 (the content has errors) fails the build, 2 (usage or configuration)
 * is an execution error. The report itself goes to Maven's log as the command prints it.
 */
abstract class HandbookMojo extends AbstractMojo {
    /** The handbook: the folder holding {@code content/} (and optionally {@code handbook.yml}, {@code themes/}). */
    @Parameter(property = "handbook.root", defaultValue = "${project.basedir}", required = true)
    File root;

    /** The edition for this audience. Default: the widest audience in {@code handbook.yml}. */
    @Parameter(property = "handbook.audience")
    String audience;

    /** Skips the goal. */
    @Parameter(property = "handbook.skip", defaultValue = "false")
    boolean skip;

    /** The subcommand: {@code build}, {@code check} or {@code serve}. */
    abstract String command();

    /** The subcommand's own options, after ROOT and {@code --audience}. */
    abstract List<String> options();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("handbook " + command() + " skipped (handbook.skip)");
            return;
        }
        int exit = HandbookCommand.run(getLog(), arguments());
        if (exit == 1) {
            throw new MojoFailureException("handbook " + command() + ": the handbook in " + root
                    + " has errors (reported above)");
        }
        if (exit != 0) {
            throw new MojoExecutionException("handbook " + command() + " stopped (exit code " + exit
                    + "): a usage or configuration error, reported above");
        }
    }

    /** The command line: the subcommand, ROOT, the edition, then the subcommand's options. */
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of(command(), root.getAbsolutePath()));
        if (audience != null && !audience.isBlank()) args.addAll(List.of("--audience", audience));
        args.addAll(options());
        return args;
    }
}
