package dev.codebook.cli;

/**
 * A subcommand of {@code codebook} that another module contributes (the server's {@code serve}), found on the class
 * path with {@link java.util.ServiceLoader}: listed in {@code META-INF/services/dev.codebook.cli.ExtraCommand} and
 * annotated with picocli's {@code @Command}. The builder thereby carries no dependency of that module, and a jar that
 * holds it offers the command.
 */
public interface ExtraCommand {
}
