package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.Action;
import dev.codebook.Change;
import dev.codebook.Code;
import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.Release;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "changes",
        description = "List the codes a release added, deleted, retitled or otherwise changed since the previous one, "
                + "as its files state them (ICD-10-PCS addenda, HCPCS action codes): one JSON object per code. Says so "
                + "on standard error when the release's files state none.")
final class ChangesCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Mixin
    IndexOptions options;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only changes of this type: added, deleted, revised, "
            + "reinstated or other.")
    String type;

    @Override
    public Integer call() throws IOException {
        Change.Type only = type == null ? null : type(type);
        try (Codebook codebook = Codebook.open(options.index)) {
            CodeSet codeSet = options.codeSet(codebook);
            List<Change> changes = only == null ? codeSet.changes() : codeSet.changes(only);
            OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
            JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            if (changes.isEmpty()) {
                System.err.println("codebook: " + codeSet.release().label() + " states no "
                        + (only == null ? "changes" : only.label() + " codes") + ": its files ("
                        + codeSet.release().sources().stream().map(Release.SourceFile::name)
                                .collect(Collectors.joining(", ")) + ") list none");
            }
            for (Change change : changes) {
                json.writeStartObject();
                json.writeStringField("system", codeSet.system().id());
                json.writeStringField("release", codeSet.release().version());
                json.writeStringField("type", change.type().label());
                json.writeStringField("code", change.code());
                json.writeStringField("title", change.title());
                Optional<Action> action = codeSet.code(change.code()).flatMap(Code::action);
                if (action.isPresent()) {
                    Answers.action(action.get(), json);
                }
                json.writeEndObject();
                json.flush();
                out.write('\n');
            }
            out.flush();
        }
        return 0;
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
