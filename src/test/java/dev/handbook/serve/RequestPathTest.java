package dev.handbook.serve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestPathTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/|''", "/roles/|roles/", "/roles/em/index.html|roles/em/index.html", "/roles|roles",
            "/%C3%A9quipe/|équipe/", "/a%20b.png|a b.png", "/v1.2/notes..md|v1.2/notes..md", "/...|...",
            "/%C3%A9|é"})
    void mapsToTheSitePath(String raw, String site) {
        assertEquals(Optional.of(site), RequestPath.sitePath(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "roles", "/..", "/../x", "/a/../b", "/a/./b", "/%2e%2e/x", "/%2E./x", "/.%2e/x",
            "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "//x", "/a//b", "/%00", "/a%0ab", "/%", "/%zz", "/%c3", "/%ff"})
    void refusesAnythingThatCouldLeaveTheSite(String raw) {
        assertEquals(Optional.empty(), RequestPath.sitePath(raw), raw);
    }
}
