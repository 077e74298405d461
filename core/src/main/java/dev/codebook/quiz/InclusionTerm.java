package dev.codebook.quiz;

import dev.codebook.code.Code;
import dev.codebook.code.CodeSystem;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Which code is 'High blood pressure' classified to?": a term the Tabular List lists as an inclusion term of one
 * code, against codes that neither state the term nor stand above or below a code that does.
 *
 * <p>This is the release's own vocabulary of other words for a condition; everyday words and abbreviations beyond it
 * wait for the search vocabulary.
 */
final class InclusionTerm extends QuestionKind {

    InclusionTerm() {
        super("inclusion_term", "Which code is this term classified to?", CodeSystem.ICD10CM);
    }

    @Override
    boolean canAsk(Outline outline, int node) {
        return !terms(outline, node).isEmpty();
    }

    /** The node's inclusion terms that say more than its title. */
    private static List<String> terms(Outline outline, int node) {
        List<String> terms = outline.inclusionTerms(node);
        if (terms.isEmpty()) {
            return terms;
        }
        String title = Outline.normalise(outline.title(node));
        return terms.stream().filter(term -> !Outline.normalise(term).equals(title)).toList();
    }

    @Override
    Optional<Question> ask(Drill drill, int subject) {
        Outline outline = drill.outline;
        List<String> terms = terms(outline, subject);
        String term = terms.get(drill.random.nextInt(terms.size()));
        String key = Outline.normalise(term);
        int[] holders = outline.inclusionTermHolders(term);
        Code code = drill.code(subject);
        List<String> holderCodes = Arrays.stream(holders).mapToObj(outline::code).toList();
        List<Code> wrong = drill.distractors(subject, drill.optionCount - 1, List.of(), Set.of(label(code)),
                InclusionTerm::label,
                node -> drill.alike(node) && unrelated(outline, node, holders)
                        && !outline.title(node).equalsIgnoreCase(term),
                candidate -> drill.alike(candidate) && !Outline.normalise(candidate.title()).equals(key)
                        && holderCodes.stream().noneMatch(holder -> holder.equals(candidate.code())
                                || drill.codes.isAncestor(holder, candidate.code())
                                || drill.codes.isAncestor(candidate.code(), holder)));
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        Option right = new Option(code.code(), code.title(), label(code), "'" + term + "' is an inclusion term of "
                + code.code() + " (" + code.title() + "), " + drill.place(subject) + ".");
        List<Option> options = wrong.stream().map(other -> new Option(other.code(), other.title(), label(other),
                other.code() + " (" + other.title() + ") does not list '" + term + "'; it is "
                        + drill.relation(subject, outline.ordinal(other.code()).orElseThrow()) + "."))
                .toList();
        String prompt = "The Tabular List lists '" + term + "' as an inclusion term. Which code is it classified to?";
        return Optional.of(drill.question(this, prompt, subject, right, options));
    }

    /** Neither a node that states the term, nor above or below one. */
    private static boolean unrelated(Outline outline, int node, int[] holders) {
        for (int holder : holders) {
            if (outline.contains(node, holder) || outline.contains(holder, node)) {
                return false;
            }
        }
        return true;
    }

    private static String label(Code code) {
        return code.code() + " " + code.title();
    }
}
