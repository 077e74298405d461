package dev.codebook.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How search turns text into terms, shared by the index builder (which writes the terms) and by search (which looks
 * them up), so both always agree.
 *
 * <p>Words are split at white space and punctuation, and hyphenated words are also kept joined, so
 * "gastro-esophageal", "gastro esophageal" and "gastroesophageal" meet, as do "covid-19" and "covid19". Terms are
 * lower-cased, folded to ASCII, stripped of common English stop words and stemmed (Porter), so "diabetic" meets
 * "diabetes" and "fractures" meets "fracture".
 */
public final class TextAnalysis {

    /** Field of stemmed terms, for analyzers that do not care about the field name. */
    static final String WORDS = "words";
    private static final int MAX_PREFIX = 24;
    private static final Pattern OPTIONAL = Pattern.compile("\\([^()]*\\)");
    private static final Pattern OTHER_NAME = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern HYPHEN_IN_WORD = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    /** The first "of" that is a word of its own: what comes before it is what a title says its code is of. */
    private static final Pattern FIRST_OF = Pattern.compile("(?i)\\bof\\b");
    private static final Pattern RESIDUAL = Pattern.compile(
            "(?i)(.+?) of other(?: specified)?(?: and ill-defined| ill-defined)? (?:sites?|parts?|organs?)");
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    /** The stop words less those that turn a title's meaning: "with" and "without", "not" and "no". */
    private static final CharArraySet FILLER_WORDS = fillerWords();
    private static final int SPLIT = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

    private static final Analyzer INDEX_WORDS = new WordAnalyzer(true, true, false, STOP_WORDS);
    private static final Analyzer QUERY_WORDS = new WordAnalyzer(false, true, false, STOP_WORDS);
    private static final Analyzer WORDING = new WordAnalyzer(false, true, false, FILLER_WORDS);
    private static final Analyzer INDEX_SPELLINGS = new WordAnalyzer(true, false, false, STOP_WORDS);
    private static final Analyzer INDEX_PREFIXES = new WordAnalyzer(true, false, true, STOP_WORDS);
    private static final Analyzer QUERY_PREFIXES = new WordAnalyzer(false, false, false, STOP_WORDS);

    private TextAnalysis() {
    }

    /** For indexing descriptions: stemmed terms, hyphenated words also joined. */
    public static Analyzer indexWords() {
        return INDEX_WORDS;
    }

    /** For indexing what type-ahead completes: every leading part (edge n-gram) of every unstemmed word. */
    public static Analyzer indexPrefixes() {
        return INDEX_PREFIXES;
    }

    /** The stemmed terms of {@code text}, in order, as search looks them up. */
    public static List<String> terms(String text) {
        return tokens(QUERY_WORDS, text).stream().map(Token::term).toList();
    }

    /** For indexing the words as spelt (unstemmed), which spelling correction draws on. */
    public static Analyzer indexSpellings() {
        return INDEX_SPELLINGS;
    }

    /** The unstemmed, lower-cased words of {@code text}, as type-ahead and spelling correction look them up. */
    static List<String> words(String text) {
        return wordTokens(text).stream().map(Token::term).toList();
    }

    /** The unstemmed, lower-cased words of {@code text} with where each stands in it. */
    static List<Token> wordTokens(String text) {
        return tokens(QUERY_PREFIXES, text);
    }

    /**
     * The terms of {@code text} sorted and without repeats, joined by spaces: two texts with the same key say the
     * same words in any order. Search finds exact title matches by this key.
     */
    public static String key(String text) {
        return key(terms(text));
    }

    /**
     * The {@link #key} of the words before the first "of" of {@code text}, the head of a title worded "what of
     * where": "secondary malignant neoplasm" for "Secondary malignant neoplasm of brain", "resection" for "Resection
     * of Appendix, Open Approach". Empty when the text has no "of" or nothing before it.
     */
    static String headKey(String text) {
        Matcher of = FIRST_OF.matcher(text);
        return of.find() ? key(text.substring(0, of.start())) : "";
    }

    /**
     * The {@link #key} of what {@code title} is the residual category of, when it is one, worded "what of other
     * sites": "secondary malignant neoplasm" for "Secondary malignant neoplasm of other specified sites", "cellulitis"
     * for "Cellulitis of other sites". Empty otherwise.
     */
    static String residualKey(String title) {
        Matcher residual = RESIDUAL.matcher(title);
        return residual.matches() ? key(residual.group(1)) : "";
    }

    /**
     * Each way {@code text} may be read as "what of where", split at one of its "of", first split first. Empty when
     * it has no "of" with words on both sides.
     */
    static List<Split> splits(String text) {
        return splits(text, tokens(text));
    }

    /** {@link #splits(String)}, from the text's {@link #tokens} already read. */
    static List<Split> splits(String text, List<Token> tokens) {
        List<Split> splits = new ArrayList<>();
        Matcher of = FIRST_OF.matcher(text);
        while (of.find()) {
            List<String> whatTerms = new ArrayList<>();
            List<String> whereTerms = new ArrayList<>();
            for (Token token : tokens) {
                if (token.end() <= of.start()) {
                    whatTerms.add(token.term());
                } else if (token.start() >= of.end()) {
                    whereTerms.add(token.term());
                }
            }
            if (!whatTerms.isEmpty() && !whereTerms.isEmpty()) {
                splits.add(new Split(text.substring(0, of.start()).strip(), text.substring(of.end()).strip(),
                        key(whatTerms), whereTerms));
            }
        }
        return splits;
    }

    /**
     * A text read as "what of where".
     *
     * @param what       the words before the "of", as written
     * @param where      the words after it, as written
     * @param whatKey    the {@link #key} of what
     * @param whereTerms the terms of where
     */
    record Split(String what, String where, String whatKey, List<String> whereTerms) {
        Split {
            whereTerms = List.copyOf(whereTerms);
        }
    }

    /**
     * The terms of {@code text} in their order, "with", "not" and "no" kept: "Migraine with aura, intractable, without
     * status migrainosus" and "Migraine without aura, intractable, with status migrainosus" have one {@link #key}, the
     * same words in another order, but two wording keys.
     */
    public static String wordingKey(String text) {
        return String.join(" ", tokens(WORDING, text).stream().map(Token::term).toList());
    }

    private static CharArraySet fillerWords() {
        Set<String> meaningful = Set.of("with", "not", "no");
        CharArraySet filler = new CharArraySet(STOP_WORDS.size(), true);
        for (Object word : STOP_WORDS) {
            // A CharArraySet holds its words as char arrays, and cannot remove them.
            String text = word instanceof char[] chars ? new String(chars) : word.toString();
            if (!meaningful.contains(text)) {
                filler.add(text);
            }
        }
        return CharArraySet.unmodifiableSet(filler);
    }

    /**
     * The keys of each way a title or inclusion term may be said exactly, following the conventions of the code
     * sets: words in parentheses are optional ("Hypertension (arterial) (benign)" is also "Hypertension"), square
     * brackets hold another name ("Acute nasopharyngitis [common cold]" is also "common cold"), and hyphenated
     * words may be written split or joined ("gastro-esophageal", "gastroesophageal").
     */
    public static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String wording : List.of(text, OPTIONAL.matcher(text).replaceAll(" "))) {
            keys.add(key(wording));
            keys.add(key(HYPHEN_IN_WORD.matcher(wording).replaceAll("")));
            keys.add(key(OTHER_NAME.matcher(wording).replaceAll(" ")));
        }
        Matcher otherName = OTHER_NAME.matcher(text);
        while (otherName.find()) {
            keys.add(key(otherName.group(1)));
        }
        keys.remove("");
        return keys;
    }

    /** The key of text already split into {@code terms}. */
    public static String key(List<String> terms) {
        return String.join(" ", new TreeSet<>(terms));
    }

    /** The stemmed terms of {@code text} with where each stands in it, for highlighting: what {@link Stems} gives. */
    static List<Token> tokens(String text) {
        return tokens(QUERY_WORDS, text);
    }

    /** One term and the stretch of text it came from. */
    record Token(String term, int start, int end) {
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return tokens;
    }

    private static final class WordAnalyzer extends Analyzer {
        private final boolean indexing;
        private final boolean stem;
        private final boolean prefixes;
        private final CharArraySet stopWords;

        WordAnalyzer(boolean indexing, boolean stem, boolean prefixes, CharArraySet stopWords) {
            this.indexing = indexing;
            this.stem = stem;
            this.prefixes = prefixes;
            this.stopWords = stopWords;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new WhitespaceTokenizer();
            // Queries split hyphenated words only; the index also keeps them joined, so either spelling finds them.
            int flags = indexing ? SPLIT | WordDelimiterGraphFilter.CATENATE_WORDS
                    | WordDelimiterGraphFilter.CATENATE_ALL : SPLIT;
            // Queries keep each part's own offsets, so highlights mark the word without its punctuation.
            TokenStream stream = new WordDelimiterGraphFilter(tokenizer, !indexing,
                    WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, flags, null);
            if (indexing) {
                stream = new FlattenGraphFilter(stream);
            }
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, stopWords);
            if (stem) {
                stream = new PorterStemFilter(stream);
            }
            if (prefixes) {
                stream = new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, true);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
