package dev.handbook.scaffold;

import dev.handbook.model.FieldSpec;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Front-matter lines for a new page: a value that builds for required fields, a commented example for the rest. */
final class Stubs {
    private final Map<String, String> folderOfType;
    private final Map<String, List<String>> slugsByFolder;
    private final LocalDate today;

    Stubs(Map<String, String> folderOfType, Map<String, List<String>> slugsByFolder, LocalDate today) {
        this.folderOfType = folderOfType;
        this.slugsByFolder = slugsByFolder;
        this.today = today;
    }

    void field(StringBuilder sb, FieldSpec f) {
        String about = (f.description().isEmpty() ? "" : f.description() + " ") + "(" + f.describe() + ")";
        if (f.required()) {
            sb.append("# required: ").append(about).append('\n');
            sb.append(f.name()).append(": ").append(value(f)).append('\n');
        } else {
            sb.append("# optional: ").append(about).append('\n');
            sb.append("# ").append(f.name()).append(": ").append(value(f)).append('\n');
        }
    }

    private String value(FieldSpec f) {
        return switch (f.kind()) {
            case TEXT -> "\"TODO\"";
            case INTEGER -> "1";
            case BOOLEAN -> "false";
            case DATE -> today.toString();
            case DURATION -> "30m";
            case CADENCE -> "weekly";
            case ENUM -> f.values().get(f.values().size() - 1);
            case REF -> ref(f).orElse("TODO-" + f.to().get(0) + "-slug");
            case OWNER -> "\"@your-team\"";
            case LIST -> f.of().map(item -> item.kind() == FieldSpec.Kind.OBJECT ? "[]" : "[" + value(item) + "]")
                    .orElse("[]");
            case OBJECT -> "{}";
        };
    }

    /** The slug of an existing page of the referenced type, so the stub builds as it is. */
    private Optional<String> ref(FieldSpec f) {
        for (String type : f.to()) {
            String folder = folderOfType.get(type);
            if (folder == null) continue;
            for (String slug : slugsByFolder.getOrDefault(folder, List.of())) {
                if (!slug.equals("_index") && !slug.equals("index")) return Optional.of(slug);
            }
        }
        return f.literals().isEmpty() ? Optional.empty() : Optional.of(f.literals().get(0));
    }
}
