package dev.handbook.source;

import java.util.List;

/** Every file of the content tree, sorted by path so every later stage sees one stable order. */
public record SourceTree(List<SourceFile> files) {
    public SourceTree {
        files = List.copyOf(files);
    }

    public List<SourceFile> ofKind(SourceFile.Kind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }
}
