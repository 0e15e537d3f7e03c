/**
 * Configuration: {@code handbook.yml} to {@link dev.handbook.config.SiteConfig}, and the safe YAML
 * reader ({@link dev.handbook.config.YamlReader}) every stage that reads YAML goes through.
 * Reads only {@code handbook.yml}; never writes.
 */
package dev.handbook.config;
