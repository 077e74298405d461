package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.Code;
import dev.codebook.CodeSet;
import dev.codebook.Validation;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

@Command(name = "hierarchy",
        description = "Place each code in its hierarchy: parent, children and ancestors up to the chapter.")
final class HierarchyCommand extends CodeCommand {

    @Override
    void answer(Validation validation, Optional<CodeSet> release, JsonGenerator json) throws IOException {
        Answers.common(validation, json);
        if (validation.code().isEmpty() || release.isEmpty()) {
            json.writeNullField("parent");
            Answers.briefs("children", List.of(), json);
            Answers.briefs("ancestors", List.of(), json);
            return;
        }
        CodeSet codeSet = release.get();
        String code = validation.code().get().code();
        json.writeFieldName("parent");
        var parent = codeSet.parent(code);
        if (parent.isPresent()) {
            Answers.brief(parent.get(), json);
        } else {
            json.writeNull();
        }
        Answers.briefs("children", codeSet.children(code), json);
        Answers.briefs("ancestors", codeSet.ancestors(code), json);
    }
}
