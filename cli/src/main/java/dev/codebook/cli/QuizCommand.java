package dev.codebook.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codebook.Codebook;
import dev.codebook.code.CodeSystem;
import dev.codebook.json.AnswerJson;
import dev.codebook.quiz.Question;
import dev.codebook.quiz.QuestionKind;
import dev.codebook.quiz.QuestionKinds;
import dev.codebook.quiz.Quiz;
import dev.codebook.quiz.QuizBuilder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

@Command(name = "quiz",
        description = "Make a multiple-choice quiz on part of a code system: one JSON object per question, with its "
                + "options, the index of the right one and explanations. The same options and seed give the same quiz.")
final class QuizCommand implements Callable<Integer> {

    @Mixin
    IndexOptions options;

    @CommandLine.Option(names = "--chapter", paramLabel = "CHAPTER", description = "Only this chapter, e.g. 4.")
    String chapter;

    @CommandLine.Option(names = "--block", paramLabel = "BLOCK", description = "Only this block, e.g. E08-E13.")
    String block;

    @CommandLine.Option(names = "--within", paramLabel = "CODE",
            description = "Only this category or subcategory and the codes below it, e.g. E11.")
    String within;

    @CommandLine.Option(names = "--billable-only", description = "Only questions about billable codes.")
    boolean billableOnly;

    @CommandLine.Option(names = "--depth", paramLabel = "MIN-MAX",
            description = "Only codes of MIN to MAX characters, not counting the dot (3 for E11, 7 for S72.001A), "
                    + "e.g. 3-4.")
    String depth;

    @CommandLine.Option(names = "--kind", split = ",", paramLabel = "KIND",
            description = "Only these kinds of question, comma-separated: ${COMPLETION-CANDIDATES}.",
            completionCandidates = KindIds.class)
    List<String> kinds;

    @CommandLine.Option(names = "--questions", defaultValue = "10", paramLabel = "N",
            description = "How many questions (default 10).")
    int questions;

    @CommandLine.Option(names = "--options", defaultValue = "4", paramLabel = "N",
            description = "Options per question, 2 to 10 (default 4).")
    int optionCount;

    @CommandLine.Option(names = "--seed", paramLabel = "SEED",
            description = "Makes the quiz reproducible; without it a seed is drawn and printed to standard error.")
    Long seed;

    @Override
    public Integer call() throws IOException {
        try (Codebook codebook = Codebook.open(options.index)) {
            CodeSystem system = CodeSystem.of(options.system);
            QuizBuilder builder = Quiz.builder(options.release == null ? codebook.system(system)
                    : codebook.system(system, options.release)).questions(questions).options(optionCount);
            if (chapter != null) {
                builder.chapter(chapter);
            }
            if (block != null) {
                builder.block(block);
            }
            if (within != null) {
                builder.within(within);
            }
            if (billableOnly) {
                builder.billableOnly();
            }
            if (depth != null) {
                QuizChoices.depth(builder, depth, "--depth");
            }
            if (kinds != null && !kinds.isEmpty()) {
                QuizChoices.kinds(builder, kinds);
            }
            if (seed != null) {
                builder.seed(seed);
            }
            Quiz quiz = builder.build();
            if (seed == null) {
                System.err.println("codebook: quiz seed " + quiz.seed() + " (pass --seed " + quiz.seed()
                        + " to ask it again)");
            }
            write(quiz, System.out);
        }
        return 0;
    }

    private static void write(Quiz quiz, OutputStream stdout) throws IOException {
        OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        json.setRootValueSeparator(null);
        int number = 0;
        for (Question question : quiz.questions()) {
            json.writeStartObject();
            AnswerJson.question(quiz, ++number, question, json);
            json.writeEndObject();
            json.flush();
            out.write('\n');
        }
        out.flush();
    }

    /** The kind ids, for the help text. */
    static final class KindIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return QuestionKinds.all().stream().map(QuestionKind::id).iterator();
        }
    }
}
