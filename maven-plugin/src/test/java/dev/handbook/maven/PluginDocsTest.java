package dev.handbook.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The parameter table of docs/content/maintainers/maven-plugin.md against the plugin's descriptor
 * (plugin.xml, generated from the goals' annotations), both ways: every parameter with its
 * property, default and goals, and no row for a parameter that is gone.
 */
class PluginDocsTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path DOCS = Path.of("../docs/content/maintainers/maven-plugin.md");

    @Test
    void theParameterTableMatchesTheGoals() throws Exception {
        Map<String, String> documented = new TreeMap<>();
        for (String line : Files.readAllLines(DOCS)) {
            if (!line.startsWith("| `")) continue;
            String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            if (cells.length < 5 || cells[1].startsWith("`handbook:")) continue; // the goals' table
            documented.put(cells[1], cells[2] + " | " + cells[3] + " | " + cells[4]);
        }
        assertEquals(fromDescriptor(), documented);
    }

    /** Each parameter: "`property` | default | goals", the default as the docs show it. */
    private static Map<String, String> fromDescriptor() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        Map<String, List<String>> goals = new LinkedHashMap<>();
        Map<String, String> property = new TreeMap<>();
        Map<String, String> defaults = new TreeMap<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList values = configuration.getChildNodes();
            for (int j = 0; j < values.getLength(); j++) {
                if (!(values.item(j) instanceof Element value)) continue;
                String name = value.getTagName();
                goals.computeIfAbsent(name, n -> new ArrayList<>()).add(goal);
                property.put(name, value.getTextContent().replaceAll("^\\$\\{(.*)}$", "$1"));
                if (value.hasAttribute("default-value")) defaults.put(name, "`" + value.getAttribute("default-value") + "`");
            }
        }
        Map<String, String> rows = new TreeMap<>();
        goals.forEach((name, in) -> rows.put("`" + name + "`", "`" + property.get(name) + "` | "
                + defaults.getOrDefault(name, "the widest audience") + " | " + String.join(", ", sorted(in))));
        return rows;
    }

    private static List<String> sorted(List<String> goals) {
        List<String> order = List.of("build", "check", "serve");
        return goals.stream().sorted(java.util.Comparator.comparingInt(order::indexOf)).toList();
    }
}
