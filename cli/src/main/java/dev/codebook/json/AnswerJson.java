package dev.codebook.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.CodeSet;
import dev.codebook.code.Action;
import dev.codebook.code.Axis;
import dev.codebook.code.Code;
import dev.codebook.code.Note;
import dev.codebook.code.SeventhCharacter;
import dev.codebook.code.Validation;
import dev.codebook.quiz.Option;
import dev.codebook.quiz.Question;
import dev.codebook.quiz.Quiz;
import dev.codebook.search.Match;
import dev.codebook.search.SearchHit;
import dev.codebook.search.Suggestion;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON objects Codebook answers with, one shape per question, written the same way by the command line (JSON
 * Lines) and the server (HTTP): each method writes the fields of one answer into an object the caller has opened,
 * so a caller may add fields of its own around them. One spelling throughout: field names in camelCase
 * ({@code shortTitle}), and every value from a fixed list (verdict, kind, note kind, match source, rule, severity,
 * change type, quiz kind) the lower snake case of its constant ({@code placeholder_missing}, {@code root_operation},
 * {@code use_additional_code}).
 */
public final class AnswerJson {

    private AnswerJson() {
    }

    /** A value from a fixed list as JSON spells it: the constant in lower snake case ({@code root_operation}). */
    public static String value(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The answer to validate: input, system, release, code (canonical, or null), found, valid, billable, title, kind,
     * verdict, reason (null when valid), on (the date of service) and, when there are any, suggestions.
     */
    public static void validation(Validation validation, JsonGenerator json) throws IOException {
        json.writeStringField("input", validation.input());
        json.writeStringField("system", validation.system().id());
        json.writeStringField("release", validation.release().orElse(null));
        json.writeStringField("code", validation.code().map(Code::code).orElse(null));
        json.writeBooleanField("found", validation.found());
        json.writeBooleanField("valid", validation.valid());
        json.writeBooleanField("billable", validation.billable());
        json.writeStringField("title", validation.code().map(Code::title).orElse(null));
        json.writeStringField("kind", validation.code().map(code -> value(code.kind())).orElse(null));
        json.writeStringField("verdict", value(validation.verdict()));
        json.writeStringField("reason", validation.valid() ? null : validation.reason());
        json.writeStringField("on", validation.dateOfService().toString());
        if (!validation.suggestions().isEmpty()) {
            strings("suggestions", validation.suggestions(), json);
        }
    }

    /**
     * The answer to lookup: the validation's fields, then for a code the release holds its short title, dates,
     * action (HCPCS), explanation and axes (ICD-10-PCS), the notes in force and the 7th characters.
     */
    public static void lookup(Validation validation, JsonGenerator json) throws IOException {
        validation(validation, json);
        if (validation.code().isEmpty()) {
            return;
        }
        Code code = validation.code().get();
        json.writeStringField("shortTitle", code.shortTitle());
        json.writeStringField("effectiveFrom", code.effectiveDates().from().map(LocalDate::toString).orElse(null));
        json.writeStringField("effectiveTo", code.effectiveDates().to().map(LocalDate::toString).orElse(null));
        if (code.action().isPresent()) {
            action(code.action().get(), json);
        }
        if (!code.axes().isEmpty()) {
            json.writeStringField("explanation", code.explanation());
            json.writeArrayFieldStart("axes");
            for (Axis axis : code.axes()) {
                json.writeStartObject();
                json.writeStringField("axis", axis.name());
                json.writeStringField("character", String.valueOf(axis.character()));
                json.writeStringField("value", axis.value());
                if (axis.definition().isPresent()) {
                    json.writeStringField("definition", axis.definition().get());
                }
                if (!axis.keys().isEmpty()) {
                    strings("keys", axis.keys(), json);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("notes");
        for (Note note : code.notes()) {
            json.writeStartObject();
            json.writeStringField("kind", value(note.kind()));
            json.writeStringField("text", note.text());
            json.writeStringField("source", note.source());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!code.seventhCharacters().isEmpty()) {
            json.writeArrayFieldStart("seventhCharacters");
            for (SeventhCharacter seventh : code.seventhCharacters()) {
                json.writeStartObject();
                json.writeStringField("character", String.valueOf(seventh.character()));
                json.writeStringField("meaning", seventh.meaning());
                json.writeStringField("source", seventh.source());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    /** A HCPCS maintenance action as the field "action": code, meaning and the day it takes effect. */
    public static void action(Action action, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("action");
        json.writeStringField("code", String.valueOf(action.code()));
        json.writeStringField("meaning", action.meaning());
        json.writeStringField("effective", action.effective().map(LocalDate::toString).orElse(null));
        json.writeEndObject();
    }

    /**
     * The answer to hierarchy: the validation's fields, then parent (or null), children and ancestors of the node
     * in the release that answered, each in brief (code, title, kind, billable); empty for input that names no node
     * or a date no release covers.
     */
    public static void hierarchy(Optional<CodeSet> release, Validation validation, JsonGenerator json)
            throws IOException {
        validation(validation, json);
        if (validation.code().isEmpty() || release.isEmpty()) {
            json.writeNullField("parent");
            briefs("children", List.of(), json);
            briefs("ancestors", List.of(), json);
            return;
        }
        CodeSet codeSet = release.get();
        String code = validation.code().get().code();
        json.writeFieldName("parent");
        var parent = codeSet.parent(code);
        if (parent.isPresent()) {
            brief(parent.get(), json);
        } else {
            json.writeNull();
        }
        briefs("children", codeSet.children(code), json);
        briefs("ancestors", codeSet.ancestors(code), json);
    }

    /** The answer to a search: input, and hits best first (code, system, title, kind, billable, score, why). */
    public static void searchHits(String input, List<SearchHit> hits, JsonGenerator json) throws IOException {
        json.writeStringField("input", input);
        json.writeArrayFieldStart("hits");
        for (SearchHit hit : hits) {
            json.writeStartObject();
            json.writeStringField("code", hit.code());
            json.writeStringField("system", hit.system().id());
            json.writeStringField("title", hit.title());
            json.writeStringField("kind", value(hit.kind()));
            json.writeBooleanField("billable", hit.billable());
            json.writeNumberField("score", rounded(hit.score()));
            json.writeArrayFieldStart("why");
            for (Match match : hit.why()) {
                json.writeStartObject();
                json.writeStringField("source", value(match.source()));
                json.writeStringField("text", match.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            strings("highlights", hit.highlights(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The answer to suggest: input, and suggestions best first (text, code, system, kind). */
    public static void suggestions(String input, List<Suggestion> suggestions, JsonGenerator json)
            throws IOException {
        json.writeStringField("input", input);
        json.writeArrayFieldStart("suggestions");
        for (Suggestion suggestion : suggestions) {
            json.writeStartObject();
            json.writeStringField("text", suggestion.text());
            json.writeStringField("code", suggestion.code());
            json.writeStringField("system", suggestion.system().id());
            json.writeStringField("kind", value(suggestion.kind()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * One question of a quiz: number (from 1), system, release, kind, prompt, subject, options (code, title, label,
     * explanation), answer (the index of the right option) and explanation.
     */
    public static void question(Quiz quiz, int number, Question question, JsonGenerator json) throws IOException {
        json.writeNumberField("number", number);
        json.writeStringField("system", quiz.system().id());
        json.writeStringField("release", quiz.release());
        json.writeStringField("kind", question.kind());
        json.writeStringField("prompt", question.prompt());
        json.writeStringField("subject", question.subject());
        json.writeArrayFieldStart("options");
        for (Option option : question.options()) {
            json.writeStartObject();
            json.writeStringField("code", option.code());
            json.writeStringField("title", option.title());
            json.writeStringField("label", option.label());
            json.writeStringField("explanation", option.explanation());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("answer", question.answer());
        json.writeStringField("explanation", question.explanation());
    }

    private static void strings(String field, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** A node in brief: code, title, kind, billable. */
    private static void brief(Code code, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", code.code());
        json.writeStringField("title", code.title());
        json.writeStringField("kind", value(code.kind()));
        json.writeBooleanField("billable", code.billable());
        json.writeEndObject();
    }

    private static void briefs(String field, List<Code> codes, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (Code code : codes) {
            brief(code, json);
        }
        json.writeEndArray();
    }

    /**
     * A score to three decimals, as people read it: Formatter's "%.3f" did the same at a tenth of a search's cost in
     * the server.
     */
    static float rounded(float score) {
        return (float) (Math.round(score * 1000d) / 1000d);
    }
}
