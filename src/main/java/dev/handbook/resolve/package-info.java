/**
 * Stage 3: parsed pages to the {@link dev.handbook.resolve.ResolvedSite} of one edition. Applies the
 * cascade and audiences, builds the section tree, resolves links and backlinks. Never touches the
 * disk; knows no library but the JDK.
 */
package dev.handbook.resolve;
