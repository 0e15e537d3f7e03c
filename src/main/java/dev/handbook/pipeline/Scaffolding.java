package dev.handbook.pipeline;

import dev.handbook.config.ConfigLoader;
import dev.handbook.config.SiteConfig;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.TypeSchema;
import dev.handbook.scaffold.PageScaffold;
import dev.handbook.source.Theme;
import dev.handbook.source.ThemeLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code handbook new}: reads handbook.yml and the theme's page types as a build does, then has
 * {@link PageScaffold} write one new page from its type's schema.
 *
 * <pre>{@code
 * Staged<Optional<String>> made = Scaffolding.newPage(root, "runbook", "db-failover", LocalDate.now());
 * }</pre>
 */
public final class Scaffolding {
    private Scaffolding() {
    }

    /** Writes a new page of {@code type} named {@code slug}; its path relative to the root, or empty and why not. */
    public static Staged<Optional<String>> newPage(Path root, String type, String slug, LocalDate today) {
        List<Diagnostic> diags = new ArrayList<>();
        Staged<SiteConfig> config = ConfigLoader.load(root);
        diags.addAll(config.diagnostics());
        Staged<Optional<Theme>> theme = ThemeLoader.locate(root, config.value().theme());
        diags.addAll(theme.diagnostics());
        if (theme.value().isEmpty() || config.hasErrors()) return new Staged<>(Optional.empty(), diags);
        Staged<Map<String, TypeSchema>> schemas = BuildSteps.schemas(theme.value().get());
        diags.addAll(schemas.diagnostics());
        Staged<Optional<PageScaffold.Plan>> plan = PageScaffold.plan(root, config.value(), schemas.value(), type, slug,
                today);
        diags.addAll(plan.diagnostics());
        if (plan.value().isEmpty()) return new Staged<>(Optional.empty(), diags);
        try {
            PageScaffold.write(root, plan.value().get());
        } catch (IOException e) {
            diags.add(Diagnostic.error(SourcePos.file(plan.value().get().path()), "cannot write: %s", e.getMessage()));
            return new Staged<>(Optional.empty(), diags);
        }
        return new Staged<>(Optional.of(plan.value().get().path()), diags);
    }
}
