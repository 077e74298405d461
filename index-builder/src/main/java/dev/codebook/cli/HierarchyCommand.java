package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.Code;
import dev.codebook.CodeSet;
import dev.codebook.Validation;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "hierarchy",
        description = "Place each code in its hierarchy: parent, children and ancestors up to the chapter.")
final class HierarchyCommand extends CodeCommand {

    @Override
    void answer(CodeSet codeSet, String input, JsonGenerator json) throws IOException {
        Validation validation = check(codeSet, input);
        Answers.common(validation, json);
        if (validation.code().isEmpty()) {
            json.writeNullField("parent");
            Answers.briefs("children", List.of(), json);
            Answers.briefs("ancestors", List.of(), json);
            return;
        }
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
