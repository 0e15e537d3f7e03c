/**
 * Stage 6 of {@code handbook check}: reads every page the renderer produced (with jsoup) and
 * verifies what a reader would trip over: links, {@code #anchors}, images and other files that do
 * not exist, element ids used twice, pages nothing leads to, and readability problems (images
 * without alt text, headings that skip a level, links without text or with text such as "click
 * here"). With {@code --external} it also asks other sites whether their pages still exist.
 *
 * <p>Input: the {@link dev.handbook.resolve.ResolvedSite} and the rendered files, fed in by the
 * pipeline as they are rendered. Output: diagnostics, each at the Markdown line that caused it
 * when it came from Markdown (the parser marks elements for this, see
 * {@link dev.handbook.model.SourceMarks}), else naming the theme and the page. Never reads or
 * writes files: the pipeline hands in the external-link cache and saves it.
 */
package dev.handbook.check;
