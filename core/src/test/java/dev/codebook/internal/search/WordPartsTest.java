package dev.codebook.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.codebook.internal.search.WordParts.Reading;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPartsTest {

    private static final WordParts PARTS = WordParts.of(Vocabulary.parse("parts.txt", List.of(
            "[synonyms]",
            "kidney stone = calculus of kidney",
            "[word parts]",
            "-ectomy = excision | resection",
            "-otomy, -tomy = drainage",
            "-pexy = repair | reposition",
            "nephr = kidney",
            "my = muscle",
            "proct = rectum",
            "col = colon | large intestine")));

    @Test
    void aCombiningFormAndASuffixGiveEachOperationWithEachBodyPart() {
        assertEquals(List.of(new Reading("repair", "kidney", "nephr + -pexy"),
                new Reading("reposition", "kidney", "nephr + -pexy")), PARTS.read("Nephropexy"));
        assertEquals(List.of(new Reading("excision", "kidney", "nephr + -ectomy"),
                new Reading("resection", "kidney", "nephr + -ectomy")), PARTS.read("nephrectomy"));
    }

    @Test
    void twoCombiningFormsNameTwoBodyParts() {
        assertEquals(List.of(new Reading("excision", "rectum", "proct + col + -ectomy"),
                new Reading("excision", "colon", "proct + col + -ectomy"),
                new Reading("excision", "large intestine", "proct + col + -ectomy"),
                new Reading("resection", "rectum", "proct + col + -ectomy"),
                new Reading("resection", "colon", "proct + col + -ectomy"),
                new Reading("resection", "large intestine", "proct + col + -ectomy")),
                PARTS.read("proctocolectomy"));
    }

    @Test
    void theLongestSuffixWhoseStemIsKnownWins() {
        // "-otomy" leaves "my", too short to read; "-tomy" leaves "myo", the form "my" and its linking "o".
        assertEquals(List.of(new Reading("drainage", "muscle", "my + -tomy")), PARTS.read("myotomy"));
    }

    @Test
    void wordsWithoutKnownPartsAndOtherEntriesAreNotRead() {
        assertEquals(List.of(), PARTS.read("splenectomy"), "no form for splen");
        assertEquals(List.of(), PARTS.read("nephrosis"), "no suffix");
        assertEquals(List.of(), PARTS.read("ectomy"), "a suffix alone");
        assertEquals(List.of(), PARTS.read("kidneyectomy"), "a synonym is no combining form");
        assertEquals(List.of(), WordParts.of(Vocabulary.EMPTY).read("nephropexy"));
    }
}
