package dev.handbook.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The plugin runs the core of its own version (its POM depends on dev.handbook:handbook at
 * ${project.version}); with the versions apart, a build would take an older core from a local
 * repository, or none at all.
 */
class SameVersionTest {
    @Test
    void theReactorTheCoreAndThePluginShareOneVersion() throws Exception {
        String plugin = version(Path.of("pom.xml"));
        assertEquals(plugin, version(Path.of("../core.pom.xml")), "core.pom.xml");
        assertEquals(plugin, version(Path.of("../pom.xml")), "the reactor's pom.xml");
    }

    private static String version(Path pom) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        for (var n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("version")) return e.getTextContent().trim();
        }
        throw new AssertionError(pom + " has no version");
    }
}
