/**
 * The build cache ({@code .handbook-cache/}): what a build produced, keyed by hashes of its inputs,
 * so that a later build in a fresh JVM parses only the pages whose bytes changed and renders only
 * the pages whose view changed. An entry that is corrupt, truncated or from another version of
 * Handbook is ignored and made again. Reads and writes nothing outside its own cache folder.
 */
package dev.handbook.cache;
