package dev.handbook.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * Serves the handbook at {@code http://127.0.0.1:PORT/} and rebuilds it as you edit, as
 * {@code handbook serve} does, until Ctrl-C: {@code mvn handbook:serve}. Not bound to a phase.
 */
@Mojo(name = "serve")
public class ServeMojo extends HandbookMojo {
    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "handbook.port", defaultValue = "4000")
    int port;

    @Override
    String command() {
        return "serve";
    }

    @Override
    List<String> options() {
        return List.of("--port", String.valueOf(port));
    }

    /** Ctrl-C stops the server, not Maven; afterwards it is Maven's again, as it was. */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try (Signals.Kept kept = Signals.keep("INT", "TERM")) {
            super.execute();
        }
    }
}
