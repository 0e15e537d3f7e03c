/**
 * The Maven plugin: goals {@code build}, {@code check} and {@code serve}, each the {@code handbook}
 * command of the same name run in Maven's JVM through {@link dev.handbook.cli.Main#run}. Input: the
 * goal's parameters; output: the command's report in Maven's log, and the command's exit code as the
 * goal's outcome. It holds no logic of its own about handbooks, so a goal and the command cannot
 * drift apart, and must never end the JVM or leave it changed (signal handlers are put back).
 */
package dev.handbook.maven;
