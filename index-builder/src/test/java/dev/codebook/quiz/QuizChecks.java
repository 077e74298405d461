package dev.codebook.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.check.Checker;
import dev.codebook.check.Encounter;
import dev.codebook.check.Finding;
import dev.codebook.check.Rule;
import dev.codebook.check.Severity;
import dev.codebook.code.Code;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides which options of a question are right by asking the release directly (for the kinds on rules between codes,
 * the rule engine of {@link dev.codebook.check.Checker}), independently of how the question was made, and checks the shape every
 * question must have.
 */
final class QuizChecks {

    private static final Pattern TERM = Pattern.compile("lists '(.*)' as an inclusion term");
    /** The place a PCS axis question asks about: "what does the 5th character (Approach) 4 mean?". */
    private static final Pattern PLACE = Pattern.compile("the (\\d)th character");

    private QuizChecks() {
    }

    /** Asserts that exactly the question's answer is right, options are distinct and everything is explained. */
    static void assertSound(Codebook codebook, CodeSet codes, Question question) {
        String where = question.kind() + " about " + question.subject() + ": " + question;
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            if (isRight(codebook, codes, question, question.options().get(i))) {
                right.add(i);
            }
        }
        assertEquals(List.of(question.answer()), right, "exactly the answer is right in " + where);
        Set<String> codesSeen = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Option option : question.options()) {
            assertTrue(codesSeen.add(option.code()), "codes repeat in " + where);
            assertTrue(labels.add(option.label()), "labels repeat in " + where);
            assertFalse(option.explanation().isBlank(), where);
            assertFalse(option.label().isBlank(), where);
        }
        assertFalse(question.explanation().isBlank(), where);
        assertFalse(question.prompt().isBlank(), where);
        assertEquals(question.options().get(question.answer()).explanation(), question.explanation());
        assertTrue(codes.contains(question.subject()), where);
    }

    private static boolean isRight(Codebook codebook, CodeSet codes, Question question, Option option) {
        Code subject = codes.code(question.subject()).orElseThrow();
        return switch (question.kind()) {
            case "code_to_title" -> {
                assertEquals(codes.code(option.code()).orElseThrow().title(), option.title());
                yield same(option.label(), subject.title());
            }
            case "title_to_code" -> same(codes.code(option.code()).orElseThrow().title(), subject.title());
            case "pick_billable" -> codes.code(option.code()).orElseThrow().billable();
            case "seventh_character" -> same(option.title(), subject.seventhCharacter().orElseThrow().meaning());
            case "inclusion_term" -> listsTerm(codes, option.code(), term(question));
            case "excludes1" -> {
                Code other = codes.code(option.code()).orElseThrow();
                assertTrue(other.billable(), option.code());
                List<Finding> forward = Checker.of(codes).check(Encounter.of(subject.code(), other.code()))
                        .findings(Rule.EXCLUDES1);
                List<Finding> backward = Checker.of(codes).check(Encounter.of(other.code(), subject.code()))
                        .findings(Rule.EXCLUDES1);
                assertEquals(forward, backward, "the order of two diagnoses does not change Excludes1");
                if (forward.stream().anyMatch(f -> f.severity() != Severity.ERROR)) {
                    fail("an option the engine is not sure of: " + option.code() + " in " + question);
                }
                yield !forward.isEmpty();
            }
            case "code_first" -> {
                assertTrue(codes.code(option.code()).orElseThrow().billable(), option.code());
                yield Checker.of(codes).check(Encounter.of(option.code(), subject.code())).findings(Rule.CODE_FIRST)
                        .stream().noneMatch(f -> f.codes().contains(subject.code()));
            }
            case "pcs_axis" -> {
                Matcher place = PLACE.matcher(question.prompt());
                assertTrue(place.find(), question.prompt());
                yield same(option.title(), subject.axes().get(Integer.parseInt(place.group(1)) - 1).value());
            }
            case "pcs_definition" -> {
                Code table = codes.code(question.subject().substring(0, 3)).orElseThrow();
                assertTrue(question.prompt().contains(" defined as '"), question.prompt());
                yield same(option.title(), table.axes().get(2).value())
                        && option.code().equals(String.valueOf(table.axes().get(2).character()));
            }
            case "modifier_meaning" -> {
                assertEquals(Kind.MODIFIER, codes.code(option.code()).orElseThrow().kind(), option.code());
                yield same(option.title(), subject.title());
            }
            default -> throw new AssertionError("unknown kind " + question.kind());
        };
    }

    /** Whether the code, a node above it or a node below it lists the inclusion term. */
    private static boolean listsTerm(CodeSet codes, String code, String term) {
        return Stream.of(Stream.of(codes.code(code).orElseThrow()), codes.ancestors(code).stream(),
                        codes.descendants(code))
                .flatMap(s -> s)
                .anyMatch(node -> node.notes(NoteKind.INCLUSION_TERM).stream()
                        .filter(note -> note.source().equals(node.code()))
                        .map(Note::text)
                        .anyMatch(text -> same(text, term)));
    }

    private static String term(Question question) {
        Matcher matcher = TERM.matcher(question.prompt());
        assertTrue(matcher.find(), question.prompt());
        return matcher.group(1);
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
