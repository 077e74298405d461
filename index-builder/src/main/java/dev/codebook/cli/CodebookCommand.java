package dev.codebook.cli;

import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.SourceFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code codebook} command line: builds indexes and answers lookups, validation (on a date of service with
 * {@code --on}), hierarchy questions and release changes as JSON Lines, one object per input, for other tools to
 * script against. {@code --system} picks ICD-10-CM, ICD-10-PCS, HCPCS or a code set of the user's own.
 */
@Command(name = "codebook",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = CodebookCommand.Version.class,
        description = "Medical code lookup for ICD-10-CM, ICD-10-PCS, HCPCS Level II and code sets of your own: build "
                + "an index from the release files, then look up, validate, navigate and search codes, list release "
                + "changes and make quizzes. Answers are JSON Lines, one object per input.",
        subcommands = {BuildCommand.class, LookupCommand.class, ValidateCommand.class, HierarchyCommand.class,
                SearchCommand.class, SuggestCommand.class, EvaluateCommand.class, RelevanceSetsCommand.class,
                ChangesCommand.class, QuizCommand.class})
public final class CodebookCommand {

    /** Usage errors exit with this status; failures to read or write with {@link #FAILURE}. */
    static final int USAGE = 2;
    static final int FAILURE = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, for tests that call it in process. */
    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new CodebookCommand());
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("codebook: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            line.getErr().println("codebook: " + message(e));
            return e instanceof IllegalArgumentException ? USAGE : FAILURE;
        });
        return commandLine.execute(args);
    }

    /** One line that says what went wrong, without a stack trace. */
    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason() : describe(fs));
        }
        if (cause instanceof SourceFormatException || cause instanceof IOException
                || cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String describe(FileSystemException e) {
        return switch (e.getClass().getSimpleName()) {
            case "NoSuchFileException" -> "no such file or folder";
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException" -> "already exists";
            default -> e.getClass().getSimpleName();
        };
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"codebook " + IndexBuilder.version()};
        }
    }
}
