package dev.handbook.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.handbook.config.RawHtmlPolicy;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.LineMap;
import dev.handbook.diag.SourcePos;
import dev.handbook.model.Body;
import dev.handbook.model.SourceMarks;
import dev.handbook.model.TextBlock;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Markdown to {@link Body} with Flexmark. One instance serves a whole build from many threads:
 * Flexmark's parser and renderer are immutable once built, and everything about one page lives
 * in local variables and the page's own Document.
 */
final class MarkdownConverter {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final ParseSettings settings;

    MarkdownConverter(ParseSettings settings) {
        this.settings = settings;
        MutableDataSet options = options();
        this.parser = parser(BlockStarts.builder(options));
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(new HandbookNodeRenderer.Factory(settings.labels()))
                .nodeRendererFactory(new BlockRenderer.Factory(settings.labels()))
                .attributeProviderFactory(new ListedAttributes.Factory())
                .attributeProviderFactory(CodeFenceOptions.Provider.factory()).build();
    }

    /** The parser's and renderer's options, with the extensions. */
    static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = List.of(Tables.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), FootnoteExtension.create(),
                DefinitionExtension.create(), new AdmonitionParser.Extension(), WikiLinkExtension.create(),
                AudienceBlockExtension.create(), new TabParser.Extension(), new AbbreviationParser.Extension(),
                new MarkDelimiterProcessor.Extension());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        // GFM takes one dash per column ("|-|-|"); Flexmark's default of three printed such tables as text.
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return options;
    }

    /** The parser a builder of {@link #options()} makes, with our inline parser and reference definitions. */
    static Parser parser(Parser.Builder builder) {
        return builder.customInlineParserFactory(RegionInlineParser.FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    }

    /** What the converter found besides the body: the page's first top-level heading, if any. */
    record Result(Body body, Optional<String> leadingTitle) {
    }

    /**
     * Converts a page. {@code text} is the whole file with its front matter blanked out, so node
     * offsets are file offsets and {@code lines} turns them into positions.
     *
     * @param declaredTitle the front matter's title: a leading {@code # heading} with the same text is
     *                      dropped from the body, since the theme shows the title already
     */
    Result convert(String folder, String text, LineMap lines, Optional<String> declaredTitle,
                   List<Diagnostic> diags) {
        String visible = AudienceFilter.apply(text, settings, lines, diags);
        Document doc = parser.parse(visible);
        ForeignSyntax.report(doc, visible, lines, diags);
        SpacedDestinations.report(doc, visible, lines, diags);
        Autolinks.link(doc);
        checkAudienceBlocks(doc, lines, diags);
        TabParser.group(doc);
        Abbreviations abbreviations = Abbreviations.of(doc, lines, diags);
        Map<Node, AttributeLists.Attributes> attributes = AttributeLists.apply(doc, text, lines, diags);
        Optional<String> leading = leadingTitle(doc, declaredTitle);
        Walk walk = new Walk(folder, lines, diags, attributes, abbreviations);
        walk.run(doc);
        DeferredText texts = new DeferredText();
        Optional<LineMap> marks = settings.sourceMarks() ? Optional.of(lines) : Optional.empty();
        // The sanitizer reads the marks on raw HTML to say where it took something out.
        Optional<LineMap> rawMarks = settings.rawHtml() == RawHtmlPolicy.SANITIZE ? Optional.of(lines) : marks;
        HandbookNodeRenderer.DECISIONS.set(doc, new HandbookNodeRenderer.Decisions(walk.decisions, walk.headingIds,
                attributes, settings.rawHtml() == RawHtmlPolicy.ESCAPE, marks, rawMarks, texts, abbreviations));
        String html = texts.restore(renderer.render(doc));
        // Another edition's blocks may use a word this one never shows: only a page without them can tell.
        if (text.indexOf(":::") < 0) abbreviations.reportUnused(lines, diags);
        if (settings.sourceMarks() && !html.isEmpty()) {
            html = SourceMarks.open(SourceMarks.WHOLE_FILE) + html + SourceMarks.CLOSE;
        }
        Body body = new Body(html, walk.headings, walk.links, walk.anchorLinks, walk.textBlocks(), walk.ids,
                walk.rawHtml && settings.rawHtml() == RawHtmlPolicy.SANITIZE);
        return new Result(body, leading);
    }

    /**
     * Blocks the edition may not read were blanked before parsing. One left here that it may not read
     * was written where the filter does not look (inside a quote or a list): refuse it rather than
     * risk showing any of it.
     */
    private void checkAudienceBlocks(Document doc, LineMap lines, List<Diagnostic> diags) {
        List<AudienceBlock> blocks = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = next(n, doc, true)) {
            if (n instanceof AudienceBlock b) blocks.add(b);
        }
        for (AudienceBlock b : blocks) {
            if (!b.closed || !settings.audiences().contains(b.audience) || !settings.visible(b.audience)) {
                diags.add(Diagnostic.error(lines.pos(b.openingOffset), "audience blocks must start at the beginning "
                        + "of a line, outside quotes and code; this one is left out").withRule("audience"));
                b.unlink();
            }
        }
    }

    /** The text of a leading level-1 heading; the heading is removed when it would repeat the title. */
    private static Optional<String> leadingTitle(Document doc, Optional<String> declaredTitle) {
        Node first = doc.getFirstChild();
        if (!(first instanceof Heading h) || h.getLevel() != 1) return Optional.empty();
        String text = plainText(h).strip();
        if (declaredTitle.isEmpty() || declaredTitle.get().strip().equals(text)) h.unlink();
        return Optional.of(text);
    }

    /** Pre-order successor of {@code n} within {@code root}, without recursion (deep input must not overflow). */
    static Node next(Node n, Node root, boolean descend) {
        if (descend && n.getFirstChild() != null) return n.getFirstChild();
        while (n != null && n != root) {
            if (n.getNext() != null) return n.getNext();
            n = n.getParent();
        }
        return null;
    }

    /** Appends a slice of the page in one copy rather than character by character through the sequence. */
    static void append(StringBuilder sb, BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String s) {
            sb.append(s, chars.getStartOffset(), chars.getEndOffset());
        } else {
            sb.append(chars);
        }
    }

    /**
     * Whether a slice of the page holds {@code c}, read straight from the page's string: through the
     * sequence, each character costs a call or two.
     */
    static boolean contains(BasedSequence chars, char c) {
        if (!(chars instanceof SubSequence && chars.getBase() instanceof String s)) return chars.indexOf(c) >= 0;
        for (int i = chars.getStartOffset(), end = chars.getEndOffset(); i < end; i++) {
            if (s.charAt(i) == c) return true;
        }
        return false;
    }

    /**
     * The text of an autolink or e-mail autolink. In angle brackets it is as written (CommonMark:
     * backslash escapes do not work there); a bare one that the autolink extension found in text is
     * read as that text is, escapes undone ({@code www.a.com/x\_y} is {@code www.a.com/x_y}).
     */
    static String autolinkText(DelimitedLinkNode n) {
        return n.getOpeningMarker().isEmpty() ? n.getText().unescape() : n.getText().toString();
    }

    /** The visible text of a node: what a reader sees, without markup. */
    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = next(n, node, !(n instanceof Code))) {
            if (n instanceof Text || n instanceof com.vladsch.flexmark.ast.TextBase && n.getFirstChild() == null) {
                append(sb, n.getChars());
            } else if (n instanceof Code c) {
                append(sb, c.getText());
            } else if (n instanceof WikiLink w) {
                sb.append(w.getText().isEmpty() ? w.getPageRef() : w.getText());
            } else if (n instanceof AutoLink || n instanceof MailLink) {
                sb.append(autolinkText((DelimitedLinkNode) n));
            } else if (n instanceof com.vladsch.flexmark.ast.HtmlEntity e) {
                sb.append(HandbookNodeRenderer.decode(e)); // an image's alt text is written into the page
            } else if (n instanceof com.vladsch.flexmark.ast.SoftLineBreak
                    || n instanceof com.vladsch.flexmark.ast.HardLineBreak) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** One walk over the tree that records headings, links, ids and text, and decides each link's fate. */
    private final class Walk {
        final String folder;
        final LineMap lines;
        final List<Diagnostic> diags;
        final Slugs slugs = new Slugs();
        final Map<Node, HandbookNodeRenderer.LinkDecision> decisions = new IdentityHashMap<>();
        final Map<Node, String> headingIds = new IdentityHashMap<>();
        final List<dev.handbook.model.Heading> headings = new ArrayList<>();
        final List<dev.handbook.model.Link> links = new ArrayList<>();
        final List<Body.AnchorLink> anchorLinks = new ArrayList<>();
        final Set<String> ids = new LinkedHashSet<>();
        final List<TextBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String blockId = "";
        String blockHeading = "";
        boolean rawHtml;

        final Map<Node, AttributeLists.Attributes> attributes;
        final Abbreviations abbreviations;
        int headingLevel = 1;

        Walk(String folder, LineMap lines, List<Diagnostic> diags, Map<Node, AttributeLists.Attributes> attributes,
             Abbreviations abbreviations) {
            this.folder = folder;
            this.lines = lines;
            this.diags = diags;
            this.attributes = attributes;
            this.abbreviations = abbreviations;
        }

        void run(Document doc) {
            // Ids the author chose are the page's before any heading gets one of its own.
            for (AttributeLists.Attributes a : attributes.values()) {
                a.id().ifPresent(id -> {
                    slugs.reserve(id);
                    ids.add(id);
                });
            }
            for (Node n = doc.getFirstChild(); n != null; ) {
                boolean descend = visit(n, doc);
                n = next(n, doc, descend);
            }
            flushText();
        }

        /** Handles one node; returns whether to walk into its children. */
        private boolean visit(Node n, Document doc) {
            if (n instanceof Heading h) {
                heading(h, doc);
                headingLevel = h.getLevel();
                return false;
            }
            if (n instanceof Admonition || n instanceof Tab || n instanceof TabSet) {
                Containers.visit(n, headingLevel, text, lines, diags);
            }
            if (n instanceof Paragraph p) MarkerLookalikes.report(p, lines, diags);
            if (n instanceof TableSeparator) {
                return false; // the |---| row is markup, not words
            }
            if (n instanceof Text) {
                append(text, n.getChars());
            } else if (n instanceof Code c) {
                append(text, c.getText());
                return false; // its Text child holds the same characters
            } else if (n instanceof FencedCodeBlock f) {
                append(text.append(' '), f.getContentChars());
                CodeFenceOptions.read(f, lines, diags);
            } else if (n instanceof IndentedCodeBlock c) {
                append(text.append(' '), c.getContentChars());
            } else if (n instanceof Block || n instanceof SoftLineBreak || n instanceof HardLineBreak
                    || n instanceof TableCell) {
                // Line breaks and table cells separate words too, or "on\ncall" would index "oncall".
                text.append(' ');
            } else if (n instanceof HtmlInline) {
                rawHtml = true;
            } else if (n instanceof Footnote f) {
                ids.add("fn-" + f.getReferenceOrdinal());
                ids.add("fnref-" + f.getReferenceOrdinal());
                slugs.reserve("fn-" + f.getReferenceOrdinal());
            }
            if (n instanceof HtmlBlock) rawHtml = true;
            if (n instanceof Image || n instanceof ImageRef) {
                text.append(plainText(n)); // the alt text; links written inside it are text too
                decide(n, doc);
                return false;
            }
            if (n instanceof WikiLink w) text.append(w.getText().isEmpty() ? w.getPageRef() : w.getText());
            return decide(n, doc);
        }

        /**
         * Decides the fate of a link or image node (in the body or in a heading); returns whether its
         * children are worth walking into, which every other node's are.
         */
        private boolean decide(Node n, Document doc) {
            if (n instanceof Link l) {
                link(n, l.getUrl(), HandbookNodeRenderer.withoutMarkers(l.getTitle().unescape()), false);
            } else if (n instanceof Image i) {
                link(n, i.getUrl(), HandbookNodeRenderer.withoutMarkers(i.getTitle().unescape()), true);
            } else if (n instanceof LinkRef || n instanceof ImageRef) {
                refLink(n, doc);
            } else if (n instanceof AutoLink a) {
                autoLink(a);
                return false;
            } else if (n instanceof MailLink m) {
                decisions.put(n, HandbookNodeRenderer.LinkDecision.external("mailto:" + autolinkText(m), "",
                        lines.pos(m.getStartOffset())));
                return false;
            } else if (n instanceof WikiLink w) {
                wiki(w);
                return false;
            }
            return true;
        }

        private void heading(Heading h, Document doc) {
            String plain = plainText(h).strip();
            Optional<String> chosen = Optional.ofNullable(attributes.get(h)).flatMap(AttributeLists.Attributes::id);
            String id = chosen.orElseGet(() -> slugs.unique(plain));
            headingIds.put(h, id);
            ids.add(id);
            headings.add(new dev.handbook.model.Heading(h.getLevel(), id, plain, lines.pos(h.getStartOffset())));
            flushText();
            blockId = id;
            blockHeading = plain;
            // Links inside a heading still need their decision; an image's alt text holds none.
            for (Node c = h.getFirstChild(); c != null; ) {
                boolean descend = decide(c, doc) && !(c instanceof Image || c instanceof ImageRef);
                c = next(c, h, descend);
            }
        }

        /**
         * An autolink: {@code <https://x>} as written, or a bare {@code https://x}, {@code www.x}
         * that the autolink extension found in text. A bare one with a scheme the handbook does
         * not allow ({@code ftp://x}) stays the text it is, with a warning, since nobody asked for a link.
         */
        private void autoLink(AutoLink a) {
            String url = autolinkText(a);
            String destination = UrlCheck.scheme(url).isPresent() ? url : "http://" + url;
            if (a.getOpeningMarker().isEmpty() && UrlCheck.classify(destination, folder) instanceof UrlCheck.Refused r) {
                SourcePos pos = lines.pos(a.getStartOffset());
                decisions.put(a, HandbookNodeRenderer.LinkDecision.text(pos));
                diags.add(Diagnostic.warning(pos, "%s; '%s' is shown as text, not as a link", r.reason(), url)
                        .withRule("link-scheme"));
                return;
            }
            link(a, a.getUrl(), "", false, destination);
        }

        private void refLink(Node n, Document doc) {
            com.vladsch.flexmark.ast.RefNode ref = (com.vladsch.flexmark.ast.RefNode) n;
            Reference r = ref.getReferenceNode(doc);
            // Undefined, or defined inside an audience block this edition dropped: plain text.
            if (r == null || !attached(r, doc)) return;
            link(n, r.getUrl(), HandbookNodeRenderer.withoutMarkers(r.getTitle().unescape()), n instanceof ImageRef);
        }

        private static boolean attached(Node n, Document doc) {
            Node top = n;
            while (top.getParent() != null) top = top.getParent();
            return top == doc;
        }

        private void link(Node n, BasedSequence url, String title, boolean image) {
            link(n, url, title, image, url.unescape());
        }

        private void link(Node n, BasedSequence url, String title, boolean image, String destination) {
            SourcePos pos = lines.pos(url.isNull() || url.getStartOffset() < 0 ? n.getStartOffset() : url.getStartOffset());
            UrlCheck.Target t = UrlCheck.classify(destination, folder);
            if (t instanceof UrlCheck.External e) {
                decisions.put(n, HandbookNodeRenderer.LinkDecision.external(e.url(), title, pos));
            } else if (t instanceof UrlCheck.Anchor a) {
                decisions.put(n, HandbookNodeRenderer.LinkDecision.external("#" + a.id(), title, pos));
                anchorLinks.add(new Body.AnchorLink(a.id(), pos));
            } else if (t instanceof UrlCheck.Internal in) {
                int hash = destination.indexOf('#');
                hole(n, new dev.handbook.model.Link(links.size(), dev.handbook.model.Link.Kind.PATH, in.path(),
                        in.anchor(), image, image ? plainText(n) : "", title, attributesOf(n), false, pos,
                        (hash < 0 ? destination : destination.substring(0, hash)).strip()));
            } else {
                decisions.put(n, HandbookNodeRenderer.LinkDecision.text(pos));
                diags.add(Diagnostic.error(pos, ((UrlCheck.Refused) t).reason()).withRule("link-scheme"));
            }
        }

        private void wiki(WikiLink w) {
            String target = w.getPageRef().toString().strip();
            // Point at the slug: "unknown role 'x'" is about the part after the colon.
            int colon = w.getPageRef().indexOf(':');
            SourcePos pos = lines.pos(w.getPageRef().getStartOffset() + (colon < 0 ? 0 : colon + 1));
            if (target.isEmpty()) {
                decisions.put(w, HandbookNodeRenderer.LinkDecision.text(pos));
                diags.add(Diagnostic.error(pos, "empty reference [[]]: write [[type:slug]]").withRule("reference"));
                return;
            }
            hole(w, new dev.handbook.model.Link(links.size(), dev.handbook.model.Link.Kind.REF, target,
                    w.getAnchorRef().toString().strip(), false, "", "", Map.of(), w.getText().isEmpty(), pos));
        }

        private Map<String, String> attributesOf(Node n) {
            AttributeLists.Attributes a = attributes.get(n);
            return a == null ? Map.of() : a.values();
        }

        private void hole(Node n, dev.handbook.model.Link link) {
            decisions.put(n, HandbookNodeRenderer.LinkDecision.hole(link.index(), link.pos()));
            links.add(link);
        }

        private void flushText() {
            if (!abbreviations.isEmpty()) text.append(abbreviations.expansionsFor(text.toString()));
            String t = text.toString().strip();
            if (!t.isEmpty() || !blockId.isEmpty()) blocks.add(new TextBlock(blockId, blockHeading, t));
            text.setLength(0);
        }

        List<TextBlock> textBlocks() {
            return blocks;
        }
    }
}
