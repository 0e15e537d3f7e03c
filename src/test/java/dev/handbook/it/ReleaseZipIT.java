package dev.handbook.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release zip (issue 26.2), used the way its README says, on a machine that has Java and no
 * Maven: the launchers run with a PATH of a few basic tools and {@code java}, nothing else.
 */
class ReleaseZipIT {
    /** What bin/handbook calls besides java; a PATH of these has no mvn, no git, no curl. */
    private static final List<String> TOOLS = List.of("bash", "dirname", "readlink", "find", "head", "wc", "mktemp",
            "cksum", "cut", "rm", "mv", "mkdir", "cat");
    private static Path zip;
    private static Path home;
    private static Path tools;

    @BeforeAll
    static void unzip() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            List<Path> zips = s.filter(p -> p.getFileName().toString().matches("handbook-.*\\.zip")).toList();
            assertEquals(1, zips.size(), "one release zip in target/: " + zips);
            zip = zips.get(0).toAbsolutePath();
        }
        Path dir = Files.createTempDirectory("release");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(dir), e.getName());
                if (e.isDirectory()) Files.createDirectories(target);
                else Files.copy(in, target);
            }
        }
        String name = zip.getFileName().toString();
        home = dir.resolve(name.substring(0, name.length() - ".zip".length()));
        tools = Files.createTempDirectory("path");
        Files.setPosixFilePermissions(tools, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String tool : TOOLS) Files.createSymbolicLink(tools.resolve(tool), which(tool));
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    @Test
    void holdsTheJarTheLaunchersTheNoticesAndAReadme() throws IOException {
        Map<String, Integer> modes = unixModes(zip);
        String top = home.getFileName() + "/";
        assertEquals(new TreeSet<>(List.of(top + "lib/handbook.jar", top + "bin/handbook", top + "bin/handbook.cmd",
                top + "THIRD-PARTY.txt", top + "README.md")), new TreeSet<>(modes.keySet()));
        assertEquals(0755, modes.get(top + "bin/handbook") & 0777, "bin/handbook is executable once unzipped");
        assertArrayEquals(Files.readAllBytes(Path.of("target/handbook.jar")), Files.readAllBytes(home.resolve("lib/handbook.jar")));
        String cmd = Files.readString(home.resolve("bin/handbook.cmd"));
        assertFalse(cmd.replace("\r\n", "").contains("\n"), "handbook.cmd has CRLF line ends throughout");
        String readme = Files.readString(home.resolve("README.md"));
        assertTrue(readme.startsWith("# Handbook " + top.substring("handbook-".length(), top.length() - 1) + "\n"), readme);
        assertTrue(readme.contains("bin/handbook init my-handbook"), readme);
    }

    @Test
    void buildsTheExampleHandbookWithJavaAndNoMaven() throws Exception {
        Path example = copyOfExample();
        Run probe = run(List.of("bash", "-c", "command -v mvn || echo none"), Map.of());
        assertEquals("none", probe.output().strip(), "the PATH of this test has no mvn");

        Run run = run(List.of("bash", home.resolve("bin/handbook").toString(), "build", example.toString(), "--strict"),
                Map.of("HANDBOOK_CDS", "0"));
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains(": 0 warnings, 0 errors"), run.output());
        assertTrue(Files.isRegularFile(example.resolve("site/index.html")));
        assertTrue(Files.isRegularFile(example.resolve("site/roles/engineering-manager/index.html")));
    }

    @Test
    void findsJavaThroughJavaHomeWhenItIsNotOnThePath() throws Exception {
        Path root = oneFileHandbook();
        Path noJava = Files.createTempDirectory("path");
        for (String tool : TOOLS) Files.createSymbolicLink(noJava.resolve(tool), which(tool));
        Run run = run(List.of("bash", home.resolve("bin/handbook").toString(), "build", root.toString()),
                Map.of("HANDBOOK_CDS", "0", "PATH", noJava.toString(), "JAVA_HOME", System.getProperty("java.home")));
        assertEquals(0, run.exit(), run.output());

        Run none = run(List.of("bash", home.resolve("bin/handbook").toString(), "build", root.toString()),
                Map.of("HANDBOOK_CDS", "0", "PATH", noJava.toString()));
        assertEquals(2, none.exit(), none.output());
        assertTrue(none.output().contains("handbook: Java 17 or later is needed"), none.output());
    }

    @Test
    void initFromTheZipMakesAHandbookWhoseOwnLauncherBuildsAndChecksIt() throws Exception {
        Path team = Files.createTempDirectory("team").resolve("our-handbook");
        Run init = run(List.of("bash", home.resolve("bin/handbook").toString(), "init", team.toString()),
                Map.of("HANDBOOK_CDS", "0"));
        assertEquals(0, init.exit(), init.output());
        assertTrue(init.output().contains("Next steps:"), init.output());
        assertArrayEquals(Files.readAllBytes(home.resolve("lib/handbook.jar")),
                Files.readAllBytes(team.resolve(".handbook/handbook.jar")));

        // What the workflows run, from the handbook's own folder, without the zip.
        Run build = run(team, List.of("bash", "./handbook", "build", "--strict"), Map.of("HANDBOOK_CDS", "0"));
        assertEquals(0, build.exit(), build.output());
        assertTrue(build.output().contains(": 0 warnings, 0 errors"), build.output());
        Run check = run(team, List.of("bash", "./handbook", "check", "--format", "github"), Map.of("HANDBOOK_CDS", "0"));
        assertEquals(0, check.exit(), check.output());
        assertFalse(check.output().contains("::error") || check.output().contains("::warning"), check.output());
    }

    @Test
    void recordsTheStartUpArchiveBesideTheJarAndMapsIt() throws Exception {
        Path root = oneFileHandbook();
        Path archive = home.resolve("lib/handbook.jsa");
        Files.deleteIfExists(archive);
        // The JDK maps its own archive of JDK classes too: only Handbook's classes show it is ours.
        Map<String, String> env = Map.of("HANDBOOK_CDS", "1", "HANDBOOK_JAVA_OPTS", "-Xlog:cds=info -Xlog:class+load=info");
        Run first = run(List.of("bash", home.resolve("bin/handbook").toString(), "build", root.toString()), env);
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("recording start-up data"), first.output());
        assertTrue(Files.size(archive) > 0);
        Run second = run(List.of("bash", home.resolve("bin/handbook").toString(), "build", root.toString()), env);
        assertFalse(second.output().contains("recording start-up data"), "recorded once: " + second.output());
        assertTrue(second.output().contains("dev.handbook.cli.Main source: shared objects file"), second.output());

        Run ci = run(List.of("bash", home.resolve("bin/handbook").toString(), "build", root.toString()),
                Map.of("CI", "true", "HANDBOOK_JAVA_OPTS", "-Xlog:cds=info -Xlog:class+load=info"));
        assertEquals(0, ci.exit(), ci.output());
        assertFalse(ci.output().contains(archive.toString()) || ci.output().contains("Main source: shared objects file"),
                "CI runs without the archive: " + ci.output());
    }

    @Test
    void putsTheArchiveInTheUserCacheWhenTheJarsFolderIsReadOnly() throws Exception {
        // As root every folder is writable, so the launcher runs as another user (nobody) there.
        boolean root = "root".equals(System.getProperty("user.name"));
        Path copy = Files.createTempDirectory("readonly");
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        copyTree(home, copy.resolve("hb"));
        Files.deleteIfExists(copy.resolve("hb/lib/handbook.jsa")); // made by another test of this class
        Files.setPosixFilePermissions(copy.resolve("hb/lib"), PosixFilePermissions.fromString("r-xr-xr-x"));
        Path shared = Files.createTempDirectory("shared");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path handbook = shared.resolve("handbook");
        Files.createDirectories(handbook.resolve("content"));
        Files.writeString(handbook.resolve("content/index.md"), "# Home\n");
        Path cache = shared.resolve("cache");
        for (Path p : List.of(handbook, handbook.resolve("content"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        List<String> cmd = new ArrayList<>(root ? List.of(which("setpriv").toString(), "--reuid=65534", "--regid=65534", "--clear-groups")
                : List.of());
        cmd.addAll(List.of("bash", copy.resolve("hb/bin/handbook").toString(), "build", handbook.toString()));
        Run run = run(cmd, Map.of("HANDBOOK_CDS", "1", "XDG_CACHE_HOME", cache.toString(), "HOME", shared.toString()));
        assertEquals(0, run.exit(), run.output());
        assertFalse(Files.exists(copy.resolve("hb/lib/handbook.jsa")));
        try (Stream<Path> s = Files.list(cache.resolve("handbook"))) {
            List<Path> archives = s.toList();
            assertEquals(1, archives.size(), archives.toString());
            assertTrue(archives.get(0).getFileName().toString().endsWith(".jsa") && Files.size(archives.get(0)) > 0);
        }
    }

    @Test
    void thirdPartyNoticesListExactlyTheBundledLibraries() throws IOException {
        // target/bundled-libraries.txt is what Maven resolved for the runtime class path (mvn package).
        Pattern resolved = Pattern.compile("(?m)^\\s+([^:\\s]+):([^:\\s]+):jar:(?:[^:\\s]+:)?([^:\\s]+):(?:compile|runtime)\\b");
        TreeSet<String> bundled = new TreeSet<>();
        Matcher m = resolved.matcher(Files.readString(Path.of("target/bundled-libraries.txt")));
        while (m.find()) bundled.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3));
        assertTrue(bundled.size() > 10, bundled.toString());
        String notices = Files.readString(home.resolve("THIRD-PARTY.txt"));
        TreeSet<String> listed = new TreeSet<>();
        Matcher n = Pattern.compile("(?m)^ {4}([\\w.-]+:[\\w.-]+:[\\w.-]+)$").matcher(notices);
        while (n.find()) listed.add(n.group(1));
        assertEquals(bundled, listed, "THIRD-PARTY.txt names every bundled library, at the version bundled");
        for (String licence : List.of("BSD 2-Clause", "BSD 3-Clause", "MIT License", "Apache License")) {
            assertTrue(notices.contains(licence), licence);
        }
        try (ZipFile jar = new ZipFile(home.resolve("lib/handbook.jar").toFile());
             InputStream in = jar.getInputStream(jar.getEntry("META-INF/THIRD-PARTY.txt"))) {
            assertEquals(notices, new String(in.readAllBytes(), StandardCharsets.UTF_8), "the jar carries the notices too");
        }
    }

    private static Path copyOfExample() throws IOException {
        Path copy = Files.createTempDirectory("example");
        for (String part : List.of("content", "themes")) copyTree(Path.of(part), copy.resolve(part));
        Files.copy(Path.of("handbook.yml"), copy.resolve("handbook.yml"));
        return copy;
    }

    private static Path oneFileHandbook() throws IOException {
        Path root = Files.createTempDirectory("one");
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/index.md"), "# Home\n");
        return root;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static Path which(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) return p;
        }
        throw new IllegalStateException(tool + " is not on the PATH");
    }

    /** The unix permission bits of each file in a zip, read from its central directory. */
    private static Map<String, Integer> unixModes(Path zip) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        int end = b.limit() - 22;
        while (b.getInt(end) != 0x06054b50) end--;
        int at = b.getInt(end + 16);
        Map<String, Integer> modes = new TreeMap<>();
        for (int i = 0, n = b.getShort(end + 10) & 0xFFFF; i < n; i++) {
            int nameLength = b.getShort(at + 28) & 0xFFFF;
            int extra = b.getShort(at + 30) & 0xFFFF;
            int comment = b.getShort(at + 32) & 0xFFFF;
            String name = new String(Arrays.copyOfRange(b.array(), at + 46, at + 46 + nameLength), StandardCharsets.UTF_8);
            if (!name.endsWith("/")) modes.put(name, b.getInt(at + 38) >>> 16);
            at += 46 + nameLength + extra + comment;
        }
        return modes;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return run(Path.of("").toAbsolutePath(), command, env);
    }

    private static Run run(Path dir, List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> e = new HashMap<>(env);
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("CI");
        pb.environment().put("PATH", tools.toString());
        pb.environment().putAll(e);
        Path log = Files.createTempFile("release", ".log");
        Process p = pb.redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish: " + Files.readString(log));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertNotEquals(127, p.exitValue(), "a command was not found: " + out);
        return new Run(p.exitValue(), out);
    }
}
