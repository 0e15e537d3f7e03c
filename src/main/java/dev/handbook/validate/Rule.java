package dev.handbook.validate;

import dev.handbook.diag.Diagnostic;
import dev.handbook.resolve.ResolvedSite;

import java.util.function.Consumer;

/** One check over the resolved site; reports what it finds, changes nothing. */
interface Rule {
    void check(ResolvedSite site, Consumer<Diagnostic> report);
}
