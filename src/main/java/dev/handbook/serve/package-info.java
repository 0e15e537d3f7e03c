/**
 * {@code handbook serve}: a development server. Builds the handbook into memory with
 * {@link dev.handbook.incremental.IncrementalBuild}, serves it with the JDK's HTTP server on loopback,
 * watches content/, themes/ and handbook.yml, rebuilds what a change affects and makes open pages
 * reload (server-sent events), showing build errors over the page. Writes nothing to disk and never
 * serves a file from disk: a request can only reach what the build produced, only under a host name
 * of this machine's, and every page carries a Content-Security-Policy. A leaf: nothing but
 * the command line imports it.
 */
package dev.handbook.serve;
