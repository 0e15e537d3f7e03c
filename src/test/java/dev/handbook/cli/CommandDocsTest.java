package dev.handbook.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The options each command's {@code --help} lists and the options the documentation's command-line
 * page lists for it are the same, both ways: an option added to a command without documenting it,
 * or documented but gone from the command, fails here (issue 25.4).
 *
 * <p>The page has a section {@code ## `handbook NAME`} per command with a table whose first column
 * names each option ({@code `--out DIR`}) or positional parameter ({@code `ROOT`}). {@code --help}
 * and {@code --version}, which every command has, are documented once above the tables.
 */
class CommandDocsTest {
    static final Path PAGE = Path.of("docs/content/maintainers/command-line.md");
    private static final Pattern SECTION = Pattern.compile("^## `handbook ([a-z]+)`\\s*$");
    private static final Pattern FIRST_CODE_SPAN = Pattern.compile("^\\|\\s*`([^`]+)`");

    @Test
    void everyCommandIsDocumentedAndNothingElse() throws IOException {
        assertEquals(commands().keySet(), documented().keySet(),
                "commands of 'handbook --help' vs. '## `handbook NAME`' sections of " + PAGE);
    }

    @Test
    void eachCommandsOptionsAreTheOnesItsDocumentationLists() throws IOException {
        Map<String, Set<String>> documented = documented();
        List<String> problems = new ArrayList<>();
        commands().forEach((name, spec) -> {
            Set<String> inCode = options(spec);
            Set<String> inDocs = documented.getOrDefault(name, Set.of());
            for (String o : inCode) {
                if (!inDocs.contains(o)) problems.add("handbook " + name + ": " + o + " is an option of the command, "
                        + "but the table in " + PAGE + " does not list it");
            }
            for (String o : inDocs) {
                if (!inCode.contains(o)) problems.add("handbook " + name + ": " + PAGE + " lists " + o
                        + ", but the command has no such option");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theParserOfThePageFindsATableForEveryCommand() throws IOException {
        // Guards the test itself: a heading or table the parser no longer recognises must not pass as "no options".
        documented().forEach((name, opts) -> assertTrue(!opts.isEmpty(), "handbook " + name + ": " + opts));
    }

    /** The subcommands {@code handbook --help} lists, without picocli's own {@code help}. */
    private static Map<String, CommandSpec> commands() {
        Map<String, CommandSpec> commands = new TreeMap<>();
        new CommandLine(new Main()).getSubcommands().forEach((name, cli) -> {
            if (!(cli.getCommand() instanceof CommandLine.HelpCommand)) commands.put(name, cli.getCommandSpec());
        });
        return commands;
    }

    /** What {@code --help} shows for {@code spec}: its options' long names and its parameters' labels. */
    private static Set<String> options(CommandSpec spec) {
        Set<String> names = new TreeSet<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden() || o.usageHelp() || o.versionHelp()) continue;
            names.add(o.longestName());
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) names.add(p.paramLabel());
        }
        return names;
    }

    /** Per {@code ## `handbook NAME`} section of the page, the first code span of each row of its first table. */
    private static Map<String, Set<String>> documented() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        String command = null;
        boolean tableDone = false;
        boolean inTable = false;
        for (String line : Files.readAllLines(PAGE)) {
            Matcher section = SECTION.matcher(line);
            if (line.startsWith("## ")) {
                command = section.matches() ? section.group(1) : null;
                tableDone = false;
                inTable = false;
                if (command != null) documented.put(command, new TreeSet<>());
                continue;
            }
            if (command == null || tableDone) continue;
            if (line.startsWith("|")) {
                inTable = true;
                Matcher cell = FIRST_CODE_SPAN.matcher(line);
                if (cell.find()) documented.get(command).add(cell.group(1).split("\\s+")[0]);
            } else if (inTable) {
                tableDone = true;
            }
        }
        return documented;
    }
}
