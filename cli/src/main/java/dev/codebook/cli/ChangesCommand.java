package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.code.Action;
import dev.codebook.code.Change;
import dev.codebook.code.Code;
import dev.codebook.code.Release;
import dev.codebook.json.AnswerJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "changes",
        description = "List the codes a release added, deleted, retitled or otherwise changed since the previous one, "
                + "as its files state them (ICD-10-PCS addenda, HCPCS action codes); or, with --from, the codes that "
                + "differ between two releases of the index, computed from them, each beside what the later release's "
                + "addenda say of it: one JSON object per code. Says so on standard error when the release's files "
                + "state none; with --from, a count of each type on standard error.")
final class ChangesCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Mixin
    IndexOptions options;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only changes of this type: added, deleted, revised, "
            + "reinstated or other.")
    String type;

    @Option(names = "--from", paramLabel = "VERSION", description = "Compare with this earlier release (e.g. 2023).")
    String from;

    @Option(names = "--to", paramLabel = "VERSION", description = "With --from: the later release; the latest by "
            + "default. The same as --release.")
    String to;

    @Override
    public Integer call() throws IOException {
        Optional<Change.Type> only = Optional.ofNullable(type).map(ChangesCommand::type);
        if (to != null && options.release != null && !to.equals(options.release)) {
            throw new IllegalArgumentException("--to " + to + " and --release " + options.release + " name two "
                    + "releases; give one");
        }
        if (to != null && from == null) {
            throw new IllegalArgumentException("--to needs --from: the release to compare it with");
        }
        if (to != null) {
            options.release = to;
        }
        try (Codebook codebook = Codebook.open(options.index)) {
            CodeSet later = options.codeSet(codebook);
            Optional<CodeSet> earlier = Optional.ofNullable(from).map(version -> codebook.system(later.system(),
                    version));
            List<Change> changes = earlier.map(later::changesFrom).orElseGet(later::changes);
            Map<String, Change.Type> addenda = new HashMap<>();
            later.changes().forEach(change -> addenda.put(change.code(), change.type()));
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            if (earlier.isEmpty() && changes.stream().noneMatch(change -> only.map(change.type()::equals).orElse(true))) {
                System.err.println("codebook: " + later.release().label() + " states no "
                        + only.map(kind -> kind.label() + " codes").orElse("changes") + ": its files ("
                        + later.release().sources().stream().map(Release.SourceFile::name)
                                .collect(Collectors.joining(", ")) + ") list none");
            }
            Map<Change.Type, Integer> counts = new HashMap<>();
            for (Change change : changes) {
                counts.merge(change.type(), 1, Integer::sum);
                if (only.isPresent() && only.get() != change.type()) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("system", later.system().id());
                if (earlier.isPresent()) {
                    json.writeStringField("from", earlier.get().release().version());
                }
                json.writeStringField("release", later.release().version());
                json.writeStringField("type", AnswerJson.value(change.type()));
                json.writeStringField("code", change.code());
                json.writeStringField("title", change.title());
                Optional<Action> action = later.code(change.code()).flatMap(Code::action);
                if (action.isPresent()) {
                    AnswerJson.action(action.get(), json);
                }
                if (earlier.isPresent()) {
                    Change.Type stated = addenda.get(change.code());
                    json.writeStringField("addenda", stated == null ? null : AnswerJson.value(stated));
                }
                json.writeEndObject();
                json.flush();
                out.write('\n');
            }
            out.flush();
            if (earlier.isPresent()) {
                System.err.println(summary(earlier.get(), later, counts));
            }
        }
        return 0;
    }

    /** The computed counts beside the addenda's, which list the changes since the release just before. */
    private static String summary(CodeSet earlier, CodeSet later, Map<Change.Type, Integer> counts) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s to %s, computed: %s",
                earlier.release().label(), later.release().version(), counted(counts)));
        long reworded = later.rewordedFrom(earlier);
        if (reworded > 0) {
            line.append(String.format(Locale.ROOT, "; %,d more titles differ in wording only (same labels)",
                    reworded));
        }
        Map<Change.Type, Integer> stated = new HashMap<>();
        later.changes().forEach(change -> stated.merge(change.type(), 1, Integer::sum));
        line.append(later.changes().isEmpty()
                ? "; " + later.release().label() + " lists no changes of its own"
                : "; " + later.release().label() + " addenda (changes from the release before it): "
                        + counted(stated));
        return line.toString();
    }

    private static String counted(Map<Change.Type, Integer> counts) {
        return String.format(Locale.ROOT, "%,d added, %,d deleted, %,d revised",
                counts.getOrDefault(Change.Type.ADDED, 0), counts.getOrDefault(Change.Type.DELETED, 0),
                counts.getOrDefault(Change.Type.REVISED, 0));
    }

    private static Change.Type type(String name) {
        try {
            return Change.Type.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--type is added, deleted, revised, reinstated or other; got '" + name
                    + "'");
        }
    }
}
