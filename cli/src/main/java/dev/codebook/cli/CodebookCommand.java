package dev.codebook.cli;

import dev.codebook.builder.IndexBuilder;
import dev.codebook.builder.spi.SourceFormatException;
import dev.codebook.code.CodebookException;
import dev.codebook.code.UnknownCodeException;
import dev.codebook.code.UnknownReleaseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
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
                + "changes and make quizzes. Answers are JSON Lines, one object per input.")
public final class CodebookCommand {

    /** The commands of this module, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(BuildCommand.class, LookupCommand.class,
            ValidateCommand.class, HierarchyCommand.class, SearchCommand.class, SuggestCommand.class,
            EvaluateCommand.class, RelevanceSetsCommand.class, ChangesCommand.class, QuizCommand.class,
            CheckCommand.class);

    /** Usage errors exit with this status; failures to read or write with {@link #FAILURE}. */
    static final int USAGE = 2;
    static final int FAILURE = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, for tests that call it in process. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new CodebookCommand());
        // Picocli reads every registered command's annotations up front, a good part of a short run's start-up:
        // a run that names one of this module's commands registers that one only.
        Optional<Class<?>> named = args.length == 0 ? Optional.empty() : COMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(args[0])).findFirst();
        if (named.isPresent()) {
            commandLine.addSubcommand(named.get());
        } else {
            COMMANDS.forEach(commandLine::addSubcommand);
            ServiceLoader.load(ExtraCommand.class).forEach(commandLine::addSubcommand);
        }
        // Picocli gives a converter and handlers to the commands registered at the time: after them, then.
        commandLine.registerConverter(LocalDate.class, CodebookCommand::date);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("codebook: " + e.getMessage() + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            line.getErr().println("codebook: " + message(e));
            // What was asked is wrong (an unknown code or release, a value out of range): a usage error.
            boolean asked = e instanceof IllegalArgumentException || e instanceof UnknownCodeException
                    || e instanceof UnknownReleaseException;
            return asked ? USAGE : FAILURE;
        });
        return commandLine.execute(args);
    }

    /** A date of service as ISO writes it; anything else is refused in words, not with the parser's exception. */
    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: expected YYYY-MM-DD, like "
                    + "2021-03-01");
        }
    }

    /** One line that says what went wrong, without a stack trace. */
    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason() : describe(fs));
        }
        if (cause instanceof SourceFormatException || cause instanceof IOException
                || cause instanceof IllegalArgumentException || cause instanceof CodebookException) {
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
