package dev.handbook.config;

import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.SourcePos;
import dev.handbook.diag.Staged;
import dev.handbook.model.Value;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YAML text into a {@link Value} tree, safely: SnakeYAML only composes the node graph (no
 * object construction, so no tags can instantiate classes), aliases, nesting and size are limited,
 * and duplicate keys are errors that name both lines. Scalars stay text; the caller's schema types
 * them, so {@code NO} stays "NO" and {@code 012345} stays "012345".
 *
 * <p>Positions are reported in the file the user edits: {@code firstLine} is the line in that file
 * where the YAML text starts (after a front-matter fence, for instance).
 */
public final class YamlReader {
    /** Nested collections deeper than this are refused; real handbooks need a handful. */
    public static final int MAX_DEPTH = 50;
    /** Aliases of any kind (scalars too) one document may use. */
    public static final int MAX_ALIASES = 50;
    /**
     * A document may expand, through its aliases, to at most this many times its own length (or
     * {@link #MIN_EXPANDED} characters, for small ones): a 200 KB scalar repeated by 600,000 aliases
     * in a 2.6 MB file hung the build for minutes, and a 1 MB one ran it out of memory.
     */
    public static final int MAX_EXPANSION = 10;
    static final long MIN_EXPANDED = 64 * 1024;
    /** One front matter or data file may hold at most this many characters. */
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    /**
     * Tags plain scalars (null, bool, int...). Making one registers a dozen patterns, which cost as
     * much as composing a short front matter; once made it is only read, so all threads share one.
     */
    private static final Resolver RESOLVER = new Resolver();

    private YamlReader() {
    }

    /**
     * Parses one YAML document. Returns a mapping, a list or a scalar; an empty document is an
     * empty mapping. On a syntax error the value is empty and the diagnostics say where.
     */
    public static Staged<Optional<Value>> read(String file, String text, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            return fail(new SourcePos(file, firstLine, 1),
                    "YAML block is larger than " + MAX_CODE_POINTS + " characters");
        }
        Node root;
        try {
            // What Yaml.compose does, without building a Yaml (its object constructor and
            // representer cost more than composing a front matter).
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER,
                    options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePos pos = m == null ? new SourcePos(file, firstLine, 0)
                    : new SourcePos(file, firstLine + m.getLine(), m.getColumn() + 1);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext();
            return fail(pos, "invalid YAML: " + clean(problem)
                    + (context != null && !context.isBlank() ? " (" + clean(context) + ")" : ""));
        } catch (YAMLException e) {
            // Limits (aliases, nesting, size) throw without a mark: name the block at least.
            return fail(new SourcePos(file, firstLine, 0), "invalid YAML: " + clean(e.getMessage()));
        } catch (StackOverflowError e) {
            return fail(new SourcePos(file, firstLine, 0), "invalid YAML: nested too deeply");
        }
        if (root == null) return Staged.of(Optional.of(Value.Dict.empty(new SourcePos(file, firstLine, 1))));
        List<Diagnostic> diags = new ArrayList<>();
        Expansion expansion = new Expansion(Math.max(MIN_EXPANDED, (long) MAX_EXPANSION * text.length()));
        Value v;
        try {
            v = convert(root, file, firstLine, diags, 0, expansion);
        } catch (TooLarge e) {
            return fail(e.pos, e.getMessage());
        }
        return new Staged<>(Optional.of(v), diags);
    }

    /**
     * What converting a document has cost so far: nodes seen (a node met again is an alias; the
     * composer hands out the anchored node itself) and characters produced, aliases expanded.
     */
    private static final class Expansion {
        final java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final long maxCharacters;
        long characters;
        int aliases;

        Expansion(long maxCharacters) {
            this.maxCharacters = maxCharacters;
        }

        void visit(Node node, long size, SourcePos pos) {
            if (!seen.add(node) && ++aliases > MAX_ALIASES) {
                throw new TooLarge(pos, "invalid YAML: more than " + MAX_ALIASES + " aliases (*name)");
            }
            characters += size;
            if (characters > maxCharacters) {
                throw new TooLarge(pos, "invalid YAML: aliases expand this block to more than " + maxCharacters
                        + " characters (" + MAX_EXPANSION + " times its size)");
            }
        }
    }

    /** A document past one of the {@link Expansion} limits; stops the conversion at once. */
    private static final class TooLarge extends RuntimeException {
        final SourcePos pos;

        TooLarge(SourcePos pos, String message) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    private static Staged<Optional<Value>> fail(SourcePos pos, String message) {
        return new Staged<>(Optional.empty(), List.of(Diagnostic.error(pos, message).withRule("yaml")));
    }

    private static String clean(String s) {
        if (s == null) return "";
        return s.replaceAll("\\s+", " ").trim();
    }

    private static Value convert(Node node, String file, int firstLine, List<Diagnostic> diags, int depth,
                                 Expansion expansion) {
        SourcePos pos = pos(node.getStartMark(), file, firstLine);
        expansion.visit(node, node instanceof ScalarNode s ? s.getValue().length() : 1, pos);
        if (depth > MAX_DEPTH) {
            diags.add(Diagnostic.error(pos, "invalid YAML: nested deeper than %d levels", MAX_DEPTH).withRule("yaml"));
            return Value.Scalar.of("", pos);
        }
        if (node instanceof ScalarNode s) {
            boolean plain = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
            boolean isNull = plain && Tag.NULL.equals(s.getTag());
            return new Value.Scalar(isNull ? "" : s.getValue(), plain, isNull, pos);
        }
        if (node instanceof SequenceNode seq) {
            List<Value> items = new ArrayList<>();
            for (Node item : seq.getValue()) items.add(convert(item, file, firstLine, diags, depth + 1, expansion));
            return new Value.Seq(items, pos);
        }
        MappingNode map = (MappingNode) node;
        Map<String, Value.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            SourcePos keyPos = pos(keyNode.getStartMark(), file, firstLine);
            if (!(keyNode instanceof ScalarNode ks)) {
                diags.add(Diagnostic.error(keyPos, "invalid YAML: a key must be plain text").withRule("yaml"));
                continue;
            }
            String key = ks.getValue();
            expansion.visit(ks, key.length(), keyPos);
            Value.Entry previous = entries.get(key);
            if (previous != null) {
                diags.add(Diagnostic.error(keyPos, "duplicate key '%s' (first defined at line %d)",
                        key, previous.keyPos().line()).withRule("yaml"));
                continue;
            }
            entries.put(key, new Value.Entry(key, keyPos, convert(t.getValueNode(), file, firstLine, diags, depth + 1,
                    expansion)));
        }
        return new Value.Dict(entries, pos);
    }

    private static SourcePos pos(Mark mark, String file, int firstLine) {
        if (mark == null) return new SourcePos(file, firstLine, 0);
        return new SourcePos(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }
}
