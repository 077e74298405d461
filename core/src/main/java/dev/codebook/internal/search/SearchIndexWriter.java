package dev.codebook.internal.search;

import dev.codebook.code.CodeSystem;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.Release;
import dev.codebook.code.SeventhCharacter;
import dev.codebook.internal.table.CodeTable;
import dev.codebook.internal.table.TableEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes the Lucene index that text search runs on: one document per node of every release, with its titles, the
 * inclusion terms and includes notes that name the conditions it covers, the ICD-10-PCS Index terms that lead to it,
 * and the static features that rank general
 * codes first; with an embedder, the unit vector of each node's title too. The fields are those of
 * {@link SearchFields}, analyzed as {@link TextAnalysis} says.
 */
public final class SearchIndexWriter implements AutoCloseable {

    /** Words in a title that mark the general member of a family of codes. */
    private static final List<String> GENERAL_WORDS = List.of("unspecified", "not specified", "without complication",
            "uncomplicated");

    /** Scored text: frequencies and lengths for BM25, no positions (search runs no phrase queries). */
    private static final FieldType SCORED = textType(IndexOptions.DOCS_AND_FREQS, false);
    /** Filtering text: which documents hold a term, nothing more. */
    private static final FieldType MATCHED = textType(IndexOptions.DOCS, true);

    private static FieldType textType(IndexOptions options, boolean omitNorms) {
        FieldType type = new FieldType();
        type.setIndexOptions(options);
        type.setTokenized(true);
        type.setOmitNorms(omitNorms);
        type.freeze();
        return type;
    }

    /**
     * The code systems whose titles are not embedded. ICD-10-PCS titles are built from the same few axis values
     * ("Resection of Appendix, Open Approach"), which lexical search already matches (relevance sets: recall@10 0.993
     * and 0.972 without vectors, 0.993 and 0.973 with); its 78,948 codes took 452 of the 1,055 s a build with vectors
     * of everything took, and 140 MB of vectors.
     */
    private static final Set<CodeSystem> WITHOUT_VECTORS = Set.of(CodeSystem.ICD10PCS);

    private final IndexWriter writer;
    private final BiPredicate<String, String> withheld;
    private final Optional<TextEmbedder> embedder;
    /** The systems whose nodes were given vectors, recorded in the commit. */
    private final Set<String> embeddedSystems = new TreeSet<>();
    /** The vector of each title embedded so far: many nodes share a title (E85.8 and E85.89, "Other amyloidosis"). */
    private final Map<String, float[]> titleVectors = new HashMap<>();

    /**
     * A writer of a new search index in {@code folder}, which is the caller's alone (no lock is taken).
     *
     * @param withheld which inclusion terms of which codes to leave out (code, term), for measuring search with them
     *                 as queries; the code tables keep them
     * @param embedder the model that embeds each node's title, for semantic search; none for a lexical index, which
     *                 is then exactly as without the semantic module
     */
    public SearchIndexWriter(Path folder, BiPredicate<String, String> withheld, Optional<TextEmbedder> embedder)
            throws IOException {
        this.withheld = withheld;
        this.embedder = embedder;
        Analyzer words = TextAnalysis.indexWords();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                SearchFields.TITLE, words,
                SearchFields.SHORT_TITLE, words,
                SearchFields.TERMS, words,
                SearchFields.DICTIONARY, TextAnalysis.indexSpellings(),
                SearchFields.PREFIXES, TextAnalysis.indexPrefixes()));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setRAMBufferSizeMB(256)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        // The staging folder is this build's own, so no other writer can race it; a lock would only leave a
        // write.lock file behind in the finished index.
        writer = new IndexWriter(FSDirectory.open(folder, NoLockFactory.INSTANCE), config);
    }

    /** Adds a document per node of the release; {@code entries} in hierarchy preorder, as the code table has them. */
    public void add(Release release, List<TableEntry> entries, Set<String> populationChapters) throws IOException {
        String system = release.system().id();
        String version = release.version();
        int[] descendants = descendantCounts(entries);
        boolean vectors = embedder.isPresent() && embedsTitlesOf(release.system());
        if (vectors) {
            embedTitles(entries);
            embeddedSystems.add(system);
        }
        for (int position = 0; position < entries.size(); position++) {
            TableEntry entry = entries.get(position);
            String key = CodeTable.key(entry.code());
            Document document = new Document();
            keyword(document, SearchFields.SYSTEM, system);
            keyword(document, SearchFields.RELEASE, version);
            keyword(document, SearchFields.CODE, entry.code());
            document.add(new StringField(SearchFields.KEY, key, Field.Store.NO));
            document.add(new NumericDocValuesField(SearchFields.KEY_LENGTH, key.length()));
            document.add(new NumericDocValuesField(SearchFields.POSITION, position));
            document.add(new StringField(SearchFields.KIND, entry.kind().label(), Field.Store.NO));
            document.add(new StringField(SearchFields.BILLABLE, Boolean.toString(entry.billable()), Field.Store.NO));
            for (int p = position; p >= 0; p = entries.get(p).parent()) {
                document.add(new StringField(SearchFields.WITHIN, system + ":" + entries.get(p).code(),
                        Field.Store.NO));
            }
            List<String> titleTerms = TextAnalysis.terms(entry.title());
            document.add(new Field(SearchFields.TITLE, entry.title(), SCORED));
            if (!entry.shortTitle().equals(entry.title())) {
                document.add(new Field(SearchFields.SHORT_TITLE, entry.shortTitle(), SCORED));
            }
            document.add(new Field(SearchFields.DICTIONARY, entry.title(), MATCHED));
            for (String titleKey : TextAnalysis.keys(entry.title())) {
                document.add(new StringField(SearchFields.TITLE_KEY, titleKey, Field.Store.NO));
            }
            document.add(new StringField(SearchFields.TITLE_WORDING, TextAnalysis.wordingKey(entry.title()),
                    Field.Store.NO));
            String head = TextAnalysis.headKey(entry.title());
            if (!head.isEmpty()) {
                document.add(new StringField(SearchFields.TITLE_HEAD, head, Field.Store.NO));
            }
            String residual = TextAnalysis.residualKey(entry.title());
            if (!residual.isEmpty()) {
                document.add(new StringField(SearchFields.RESIDUAL_OF, residual, Field.Store.NO));
            }
            document.add(new Field(SearchFields.PREFIXES, entry.title(), MATCHED));
            for (Note note : entry.notes()) {
                boolean searched = note.kind() == NoteKind.INCLUDES || note.kind() == NoteKind.INDEX_TERM
                        || note.kind() == NoteKind.INCLUSION_TERM && !withheld.test(entry.code(), note.text());
                if (searched) {
                    document.add(new Field(SearchFields.TERMS, note.text(), SCORED));
                    document.add(new Field(SearchFields.DICTIONARY, note.text(), MATCHED));
                    for (String termKey : TextAnalysis.keys(note.text())) {
                        document.add(new StringField(SearchFields.TERM_KEY, termKey, Field.Store.NO));
                    }
                }
            }
            addFeatures(document, populationChapters, entries, position, descendants[position], titleTerms.size());
            if (vectors) {
                document.add(new KnnFloatVectorField(SearchFields.VECTOR, titleVectors.get(entry.title()),
                        VectorSimilarityFunction.DOT_PRODUCT));
            }
            writer.addDocument(document);
        }
    }

    /** Whether an index with vectors gives them to the nodes of {@code system}. */
    public static boolean embedsTitlesOf(CodeSystem system) {
        return !WITHOUT_VECTORS.contains(system);
    }

    /** Embeds, on every core, each title of {@code entries} not embedded before. */
    private void embedTitles(List<TableEntry> entries) {
        List<String> titles = entries.stream().map(TableEntry::title).distinct()
                .filter(title -> !titleVectors.containsKey(title)).toList();
        List<float[]> vectors = embedder.get().embed(titles);
        for (int i = 0; i < titles.size(); i++) {
            titleVectors.put(titles.get(i), vectors.get(i));
        }
    }

    private static void keyword(Document document, String field, String value) {
        document.add(new StringField(field, value, Field.Store.YES));
        document.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static void addFeatures(Document document, Set<String> populationChapters, List<TableEntry> entries,
            int position, int descendants, int titleWords) {
        TableEntry entry = entries.get(position);
        int chapter = position;
        int ancestors = 0;
        while (entries.get(chapter).parent() >= 0) {
            chapter = entries.get(chapter).parent();
            ancestors++;
        }
        String title = entry.title().toLowerCase(Locale.ROOT);
        float prior = SearchFields.prior(descendants, ancestors, GENERAL_WORDS.stream().anyMatch(title::contains),
                !entry.seventhCharacterCode() || isFirstSeventhCharacter(entries, position),
                !populationChapters.contains(entries.get(chapter).code()));
        document.add(new FeatureField(SearchFields.FEATURES, SearchFields.PRIOR, prior));
        document.add(new FeatureField(SearchFields.FEATURES, SearchFields.SUGGEST_PRIOR,
                SearchFields.suggestPrior(descendants, titleWords)));
    }

    /** Whether a 7th-character code carries the first character its category defines (A, initial encounter). */
    private static boolean isFirstSeventhCharacter(List<TableEntry> entries, int position) {
        String code = entries.get(position).code();
        for (int p = entries.get(position).parent(); p >= 0; p = entries.get(p).parent()) {
            List<SeventhCharacter> defined = entries.get(p).seventhCharacters();
            if (!defined.isEmpty()) {
                return defined.get(0).character() == code.charAt(code.length() - 1);
            }
        }
        return false;
    }

    /** How many nodes stand below each entry; entries come in preorder, so children follow their parents. */
    private static int[] descendantCounts(List<TableEntry> entries) {
        int[] counts = new int[entries.size()];
        for (int position = entries.size() - 1; position >= 0; position--) {
            int parent = entries.get(position).parent();
            if (parent >= 0) {
                counts[parent] += counts[position] + 1;
            }
        }
        return counts;
    }

    /**
     * Merges the index into one segment, as search reads it fastest, and closes it; with vectors, the commit records
     * the model and dimension that wrote them.
     */
    public void finish() throws IOException {
        embedder.ifPresent(model -> writer.setLiveCommitData(Map.of(
                SearchFields.VECTOR_MODEL, model.model(),
                SearchFields.VECTOR_DIMENSION, Integer.toString(model.dimension()),
                SearchFields.VECTOR_SYSTEMS, String.join(",", embeddedSystems)).entrySet()));
        titleVectors.clear();
        writer.forceMerge(1);
        writer.close();
    }

    /** Drops what was added unless {@link #finish} came first. */
    @Override
    public void close() throws IOException {
        if (writer.isOpen()) {
            writer.rollback();
        }
    }
}
