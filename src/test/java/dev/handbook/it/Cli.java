package dev.handbook.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged handbook jar in its own JVM, the way users run it, for tests that need a real process. */
final class Cli {
    static final Path JAR = Path.of("target/handbook.jar").toAbsolutePath();

    private Cli() {
    }

    static ProcessBuilder command(List<String> jvmOptions, Map<String, String> env, String... args) {
        if (!Files.isRegularFile(JAR)) throw new IllegalStateException(JAR + " missing: run mvn package first");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs to the end and returns the exit code; output goes to a log file for the failure message. */
    static int run(List<String> jvmOptions, Map<String, String> env, String... args) throws IOException, InterruptedException {
        File log = File.createTempFile("handbook-cli", ".log");
        Process p = command(jvmOptions, env, args).redirectOutput(log).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("handbook did not finish: " + Files.readString(log.toPath()));
        }
        if (p.exitValue() != 0) System.err.println(Files.readString(log.toPath(), StandardCharsets.UTF_8));
        return p.exitValue();
    }
}
