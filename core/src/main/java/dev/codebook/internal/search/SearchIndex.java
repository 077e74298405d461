package dev.codebook.internal.search;

import com.google.common.base.Suppliers;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.Kind;
import dev.codebook.code.Note;
import dev.codebook.code.NoteKind;
import dev.codebook.code.Release;
import dev.codebook.internal.search.QueryPlan.Alternative;
import dev.codebook.internal.search.QueryPlan.Slot;
import dev.codebook.internal.table.CodeTable;
import dev.codebook.search.Match;
import dev.codebook.search.MatchSource;
import dev.codebook.search.SearchHit;
import dev.codebook.search.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index behind {@link dev.codebook.Codebook#search(String)} and {@link dev.codebook.Codebook#suggest(String)}:
 * reads queries, runs them and explains the hits. A {@code Codebook} opens and closes it; use it through the
 * {@code Codebook}. Immutable after opening and safe to share between threads.
 */
public final class SearchIndex implements AutoCloseable {

    /** Input shaped like a code or the start of one: E11.9, e119, S72.0, E11., 0DTJ4ZZ, J1100, E08-E13. */
    private static final Pattern CODE_LIKE =
            Pattern.compile("[A-Za-z0-9]{2,8}(\\.[A-Za-z0-9]{0,6})?|[A-Za-z0-9]{3}-[A-Za-z0-9]{3}");
    private static final int MAX_SUGGEST_WORDS = 8;
    private static final int MAX_PREFIX = 24;
    private static final float EXACT_CODE_SCORE = 100f;
    /** A word that more than one node in this many holds tells too little to find partial matches on its own. */
    private static final int COMMON_SHARE = 20;
    private static final int WORDS_IN_SCOPE_REMEMBERED = 20_000;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Lexicon lexicon;
    private final Stems stems = new Stems();
    private final QueryReader queries;
    private final Ranking ranking = Ranking.DEFAULT;
    private final Map<String, Release> releases;
    private final Map<Release, CodeTable> tables;
    private final Supplier<Nodes> nodes = Suppliers.memoize(this::readNodes);
    private final Supplier<RankedHits.Priors> priors;
    /**
     * Whether some node in a scope holds a word, by word and scope: a fact of the index that a long description asks
     * of each of its words, at the cost of a search each, whenever no node holds most of them.
     */
    private final Cache<Query, Boolean> wordsInScope =
            CacheBuilder.newBuilder().maximumSize(WORDS_IN_SCOPE_REMEMBERED).build();

    private SearchIndex(Directory directory, DirectoryReader reader, Vocabulary vocabulary,
            Map<Release, CodeTable> tables) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        // Search filters are cheap term lookups on one small segment: caching them would cost more than it saves.
        this.searcher.setQueryCache(null);
        this.lexicon = new Lexicon(searcher);
        this.priors = Suppliers.memoize(() -> RankedHits.priors(searcher));
        this.queries = new QueryReader(reader, lexicon, stems, vocabulary, ranking);
        Map<String, Release> all = new LinkedHashMap<>();
        tables.keySet().forEach(release -> all.put(releaseKey(release.system().id(), release.version()), release));
        this.releases = all;
        this.tables = Map.copyOf(tables);
    }

    /**
     * Opens the Lucene index in {@code folder}, for the releases in {@code codeSets}, each with its code table.
     *
     * @throws IOException when the folder holds no readable Lucene index
     */
    public static SearchIndex open(Path folder, Vocabulary vocabulary, Map<Release, CodeTable> tables)
            throws IOException {
        Directory directory = FSDirectory.open(folder);
        try {
            return new SearchIndex(directory, DirectoryReader.open(directory), vocabulary, tables);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * What a search asks: its text, the releases searched (the latest of the systems chosen), the filters, and for
     * each scope the nodes ("system:code") a hit must lie under one of.
     */
    public record Request(String text, Set<Release> releases, boolean billableOnly, Set<Kind> kinds,
            List<Set<String>> within, int limit) {
    }

    /** The best hits for the request, best first; none when nothing matches. */
    public List<SearchHit> search(Request search) {
        Query filter = filter(search.releases(), search.billableOnly(), search.kinds(), search.within());
        String text = search.text().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            Optional<String> key = codeKey(text);
            if (key.isPresent()) {
                List<SearchHit> hits = codeHits(key.get(), filter, search.limit());
                if (!hits.isEmpty()) {
                    return hits;
                }
            }
            QueryPlan plan = queries.read(text);
            if (plan.isEmpty()) {
                return List.of();
            }
            ScoreDoc[] top = rankedHits(plan, filter, search.limit());
            List<SearchHit> hits = new ArrayList<>(top.length);
            for (ScoreDoc scoreDoc : top) {
                hits.add(explain(node(scoreDoc.doc), scoreDoc.score, plan));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
    }

    /** Completions for what a user has typed so far, in the releases given, best first. */
    public List<Suggestion> suggest(String typed, Set<Release> releases, int limit) {
        Query filter = filter(releases, false, Set.of(), List.of());
        String text = typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            Optional<String> key = codeKey(text);
            if (key.isPresent()) {
                List<Suggestion> codes = codePrefixes(key.get(), filter, limit).stream()
                        .map(node -> new Suggestion(node.code() + " " + node.title(), node.code(),
                                node.release().system(), node.kind()))
                        .toList();
                if (!codes.isEmpty()) {
                    return codes;
                }
            }
            String bounded = text.length() > QueryReader.MAX_CHARACTERS
                    ? text.substring(0, QueryReader.MAX_CHARACTERS) : text;
            List<String> words = TextAnalysis.words(bounded);
            if (words.isEmpty()) {
                return List.of();
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String word : words.subList(0, Math.min(words.size(), MAX_SUGGEST_WORDS))) {
                String prefix = word.length() > MAX_PREFIX ? word.substring(0, MAX_PREFIX) : word;
                query.add(new TermQuery(new Term(SearchFields.PREFIXES, prefix)), Occur.FILTER);
            }
            query.add(FeatureField.newLinearQuery(SearchFields.FEATURES, SearchFields.SUGGEST_PRIOR, 1f),
                    Occur.SHOULD);
            query.add(filter, Occur.FILTER);
            // Twice the limit, since different nodes may share a title.
            TopDocs top = searcher.search(query.build(), limit * 2);
            Map<String, Suggestion> byText = new LinkedHashMap<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Node node = node(scoreDoc.doc);
                byText.putIfAbsent(node.title(), new Suggestion(node.title(), node.code(), node.release().system(),
                        node.kind()));
            }
            return byText.values().stream().limit(limit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
    }

    static Optional<String> codeKey(String text) {
        if (text.length() > 20 || !CODE_LIKE.matcher(text).matches() || text.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(CodeTable.key(text));
    }

    private List<SearchHit> codeHits(String key, Query filter, int limit) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        for (Node node : codePrefixes(key, filter, limit)) {
            int extra = CodeTable.key(node.code()).length() - key.length();
            hits.add(new SearchHit(node.code(), node.release().system(), node.release().version(), node.title(),
                    node.kind(), node.table().isBillable(node.position()), EXACT_CODE_SCORE / (1 + extra),
                    List.of(new Match(MatchSource.CODE, node.code())), List.of(node.code())));
        }
        return hits;
    }

    /** The codes whose key starts with {@code key}: the code itself first, then the shortest, in code order. */
    private List<Node> codePrefixes(String key, Query filter, int limit) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(SearchFields.KEY, key)), Occur.FILTER)
                .add(filter, Occur.FILTER)
                .build();
        Sort shortestFirst = new Sort(new SortField(SearchFields.KEY_LENGTH, SortField.Type.INT),
                new SortField(SearchFields.CODE, SortField.Type.STRING));
        List<Node> nodes = new ArrayList<>();
        for (ScoreDoc scoreDoc : searcher.search(query, limit, shortestFirst).scoreDocs) {
            nodes.add(node(scoreDoc.doc));
        }
        return nodes;
    }

    /**
     * The best hits of a text query, matching fewer of its words as long as places are left: first every word it
     * needs (all but its qualifiers); then most of them, ranked together with those that have them all; then, when
     * nothing matches, only the words some node in scope holds ("surgery" among procedures, whose titles never say
     * it); last, to fill the places still open, every node that holds any telling word of the query, ranked by how
     * much of the query it explains, each word weighted by how rare it is. So a query gets hits whenever a node in
     * scope holds one of its words.
     */
    private ScoreDoc[] rankedHits(QueryPlan plan, Query filter, int limit) throws IOException {
        TextQuery text = textQuery(plan, filter);
        if (text.words().isEmpty()) {
            return new ScoreDoc[0];
        }
        List<Word> needed = text.words().stream().filter(word -> !word.optional()).toList();
        // The static rank says what a short, general query means; a longer one says it in its own words.
        RankedHits ranked = new RankedHits(priors.get(), limit)
                .withPriorWeight(Math.min(1f, ranking.generalWords / Math.max(1, needed.size())));
        ScoreDoc[] hits = mostWords(text, needed, ranked);
        if (hits.length == 0) {
            List<Word> inScope = new ArrayList<>();
            for (Word word : needed) {
                if (isInScope(word, filter)) {
                    inScope.add(word);
                }
            }
            if (!inScope.isEmpty() && inScope.size() < needed.size()) {
                hits = mostWords(text, inScope, ranked);
            }
        }
        if (hits.length == limit) {
            return hits;
        }
        // Among partial matches, how much of the query a node explains counts for more than how general it is.
        RankedHits byWords = ranked.withPriorWeight(ranking.partialPrior * ranked.priorWeight());
        List<Word> telling = text.words().stream().filter(word -> !word.common()).toList();
        ScoreDoc[] partial = searcher.search(text.matching(telling.isEmpty() ? text.words() : telling, 1), byWords);
        if (partial.length == 0 && !telling.isEmpty() && telling.size() < text.words().size()) {
            partial = searcher.search(text.matching(text.words(), 1), byWords);
        }
        return RankedHits.append(hits, partial, limit);
    }

    /**
     * The best hits that match every word of {@code needed}, or, when they are fewer than the limit, most of them.
     * A query of three or more words otherwise lets hits miss some, and weighing the many nodes that hold only its
     * commonest words ("fracture", "neck") costs more than the rest of the search.
     */
    private ScoreDoc[] mostWords(TextQuery text, List<Word> needed, RankedHits ranked) throws IOException {
        if (needed.isEmpty()) {
            return new ScoreDoc[0];
        }
        int most = required(needed.size());
        // Hits with every word are asked for first only when there may be enough of them to fill the places: fewer
        // would be ranked again among those with most words, so asking would only cost the search's set-up.
        if (most < needed.size() && needed.stream().allMatch(word -> word.documents() >= ranked.limit())) {
            ScoreDoc[] everyWord = searcher.search(text.matching(needed, needed.size()), ranked);
            if (everyWord.length == ranked.limit()) {
                return everyWord;
            }
        }
        return searcher.search(text.matching(needed, most), ranked);
    }

    /** Whether some node in scope holds {@code word}; unfiltered, every word with a clause is in the index. */
    private boolean isInScope(Word word, Query filter) throws IOException {
        if (filter instanceof MatchAllDocsQuery) {
            return true;
        }
        Query inScope = new BooleanQuery.Builder().add(word.query(), Occur.MUST).add(filter, Occur.FILTER).build();
        Boolean known = wordsInScope.getIfPresent(inScope);
        if (known == null) {
            known = anyMatch(inScope);
            wordsInScope.put(inScope, known);
        }
        return known;
    }

    /** Whether any document matches {@code query}: stops at the first, where a count would go through them all. */
    private boolean anyMatch(Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null && scorer.iterator().nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                return true;
            }
        }
        return false;
    }

    /**
     * One word or phrase of the query as a clause.
     *
     * @param optional  whether a hit may lack it (a qualifier)
     * @param common    whether so many nodes hold it that it tells little ("disease", "fracture"): it then finds no
     *                  partial matches on its own
     * @param documents at most this many documents hold it (no fewer than do)
     */
    private record Word(Query query, boolean optional, boolean common, int documents) {
    }

    /**
     * A query's parts: a clause for each word or phrase that some field holds, bonuses for an exact title or
     * inclusion term, and the filter.
     */
    private record TextQuery(List<Word> words, List<Query> exact, Query filter) {

        /**
         * Documents that match at least {@code required} of the {@code needed} words, scored by every word and the
         * bonuses.
         */
        Query matching(List<Word> needed, int required) {
            BooleanQuery.Builder anyWords = new BooleanQuery.Builder();
            needed.forEach(word -> anyWords.add(word.query(), Occur.SHOULD));
            anyWords.setMinimumNumberShouldMatch(required);
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(anyWords.build(), Occur.MUST);
            words.stream().filter(word -> !needed.contains(word))
                    .forEach(word -> query.add(word.query(), Occur.SHOULD));
            exact.forEach(bonus -> query.add(bonus, Occur.SHOULD));
            return query.add(filter, Occur.FILTER).build();
        }
    }

    private TextQuery textQuery(QueryPlan plan, Query filter) {
        List<Word> words = new ArrayList<>();
        int common = reader.maxDoc() / COMMON_SHARE;
        for (Slot slot : plan.slots()) {
            List<Query> alternatives = new ArrayList<>();
            int documents = 0;
            int holders = 0;
            for (Alternative alternative : slot.alternatives()) {
                Optional<Query> query = allTerms(alternative.terms());
                if (query.isPresent()) {
                    alternatives.add(boosted(query.get(), alternative.weight()));
                    documents = Math.max(documents, alternative.terms().stream()
                            .mapToInt(term -> lexicon.documents(SearchFields.TITLE, term)
                                    + lexicon.documents(SearchFields.TERMS, term))
                            .min().orElse(0));
                    // A document holds all the alternative's terms, each in some field.
                    holders += alternative.terms().stream()
                            .mapToInt(term -> lexicon.documents(SearchFields.TITLE, term)
                                    + lexicon.documents(SearchFields.TERMS, term)
                                    + lexicon.documents(SearchFields.SHORT_TITLE, term))
                            .min().orElse(0);
                }
            }
            // A slot nothing can fill cannot narrow anything: no hit could match it.
            if (!alternatives.isEmpty()) {
                Query query = alternatives.size() == 1 ? alternatives.get(0)
                        : new DisjunctionMaxQuery(alternatives, 0f);
                words.add(new Word(query, slot.optional(), documents > common, holders));
            }
        }
        List<Query> exact = new ArrayList<>();
        for (String key : plan.keys()) {
            term(SearchFields.TITLE_KEY, key).ifPresent(title -> exact.add(new BoostQuery(title, ranking.exactTitle)));
            term(SearchFields.TERM_KEY, key).ifPresent(term -> exact.add(new BoostQuery(term, ranking.exactTerm)));
        }
        return new TextQuery(words, exact, filter);
    }

    /** How many of the query's words a hit must match: all of one or two, then all but one in four (at least one). */
    private static int required(int words) {
        return words <= 2 ? words : words - Math.max(1, words / 4);
    }

    /** All terms, each in any of the description fields; empty when one of them is in none. */
    private Optional<Query> allTerms(List<String> terms) {
        if (terms.size() == 1) {
            return anyField(terms.get(0));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            Optional<Query> inAnyField = anyField(term);
            if (inAnyField.isEmpty()) {
                return Optional.empty();
            }
            all.add(inAnyField.get(), Occur.MUST);
        }
        return Optional.of(all.build());
    }

    /** The term in each description field that holds it, the best field counting most; empty when none does. */
    private Optional<Query> anyField(String term) {
        List<Query> fields = new ArrayList<>(3);
        term(SearchFields.TITLE, term).ifPresent(query -> fields.add(boosted(query, ranking.title)));
        term(SearchFields.TERMS, term).ifPresent(query -> fields.add(boosted(query, ranking.terms)));
        term(SearchFields.SHORT_TITLE, term).ifPresent(query -> fields.add(boosted(query, ranking.shortTitle)));
        if (fields.size() <= 1) {
            return fields.stream().findFirst();
        }
        return Optional.of(new DisjunctionMaxQuery(fields, ranking.fieldTie));
    }

    /** The query with its score weighted, left as it is at weight 1 (less for Lucene to rewrite). */
    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    /** A query for {@code term} in {@code field}, its dictionary lookup already done; empty when no document has it. */
    private Optional<Query> term(String field, String term) {
        return lexicon.find(field, term).map(states -> new TermQuery(new Term(field, term), states));
    }

    private Query filter(Set<Release> searched, boolean billableOnly, Set<Kind> kinds, List<Set<String>> within) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        // Most searches cover every release of the index: then they need no filter at all.
        if (!searched.containsAll(tables.keySet())) {
            filter.add(anyOf(searched.stream().map(this::documentsOf).toList()), Occur.FILTER);
        }
        if (billableOnly) {
            filter.add(new TermQuery(new Term(SearchFields.BILLABLE, "true")), Occur.FILTER);
        }
        if (!kinds.isEmpty() && kinds.size() < Kind.values().length) {
            filter.add(anyOf(kinds.stream().map(kind -> new TermQuery(new Term(SearchFields.KIND, kind.label())))
                    .toList()), Occur.FILTER);
        }
        for (Set<String> nodes : within) {
            filter.add(anyOf(nodes.stream().map(node -> new TermQuery(new Term(SearchFields.WITHIN, node))).toList()),
                    Occur.FILTER);
        }
        BooleanQuery built = filter.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    /** The documents of one release. */
    private Query documentsOf(Release release) {
        Query ofSystem = new TermQuery(new Term(SearchFields.SYSTEM, release.system().id()));
        // An index usually holds one release of each system; then the system's term alone says which documents.
        if (tables.keySet().stream().filter(held -> held.system().equals(release.system())).count() == 1) {
            return ofSystem;
        }
        return new BooleanQuery.Builder()
                .add(ofSystem, Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.RELEASE, release.version())), Occur.FILTER)
                .build();
    }

    /** Documents that match any of {@code queries}. */
    private static Query anyOf(List<? extends Query> queries) {
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(query -> any.add(query, Occur.SHOULD));
        return any.build();
    }

    /** A node as search reads it: straight from the code table, without gathering notes from above. */
    private record Node(Release release, CodeTable table, int position) {
        String code() {
            return table.code(position);
        }

        String title() {
            return table.title(position);
        }

        Kind kind() {
            return table.kind(position);
        }
    }

    /** The node a document stands for. */
    private Node node(int doc) {
        Nodes nodes = this.nodes.get();
        Release release = nodes.releases()[doc];
        return new Node(release, tables.get(release), nodes.positions()[doc]);
    }

    /** Per document, its release and its position in the release's code table: read once, on first use. */
    private record Nodes(Release[] releases, int[] positions) {
    }

    private Nodes readNodes() {
        Release[] releasesByDoc = new Release[reader.maxDoc()];
        int[] positions = new int[reader.maxDoc()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                String[] systems = values(leaf, SearchFields.SYSTEM);
                String[] versions = values(leaf, SearchFields.RELEASE);
                String[] codes = values(leaf, SearchFields.CODE);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    Release release = releases.get(releaseKey(systems[doc], versions[doc]));
                    if (release == null) {
                        throw new IllegalStateException("the search index names " + systems[doc] + " "
                                + versions[doc] + ", which the index's code tables do not hold: rebuild the index");
                    }
                    String code = codes[doc];
                    releasesByDoc[leaf.docBase + doc] = release;
                    positions[leaf.docBase + doc] = tables.get(release).position(CodeTable.key(code))
                            .orElseThrow(() -> new IllegalStateException("the search index names " + code
                                    + ", which " + release.label() + " does not hold: rebuild the index"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
        return new Nodes(releasesByDoc, positions);
    }

    /** The value of a keyword field for each document of a leaf. */
    private static String[] values(LeafReaderContext leaf, String field) throws IOException {
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        String[] byOrd = new String[values.getValueCount()];
        for (int ord = 0; ord < byOrd.length; ord++) {
            byOrd[ord] = values.lookupOrd(ord).utf8ToString();
        }
        String[] byDoc = new String[leaf.reader().maxDoc()];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            byDoc[doc] = byOrd[values.ordValue()];
        }
        return byDoc;
    }

    private static String releaseKey(String system, String release) {
        return system + " " + release;
    }

    /**
     * Says why {@code code} matched: how the query was read to reach it, then which of its texts met the query,
     * with the words that did.
     */
    private SearchHit explain(Node node, float score, QueryPlan plan) {
        record Text(MatchSource source, String text, Set<String> terms) {
        }
        CodeTable table = node.table();
        int position = node.position();
        List<Text> texts = new ArrayList<>();
        List<TextAnalysis.Token> titleTokens = stems.tokens(node.title());
        Set<String> titleTerms = new HashSet<>();
        titleTokens.forEach(token -> titleTerms.add(token.term()));
        texts.add(new Text(MatchSource.TITLE, node.title(), titleTerms));
        // Most hits match on the title alone; the other texts are read only when it does not say it all.
        if (!matchesEverySlot(plan, texts.get(0).terms())) {
            for (Note note : table.ownNotes(position)) {
                if (note.kind() == NoteKind.INCLUSION_TERM || note.kind() == NoteKind.INCLUDES) {
                    texts.add(new Text(MatchSource.INCLUSION_TERM, note.text(), stems.terms(note.text())));
                } else if (note.kind() == NoteKind.INDEX_TERM) {
                    texts.add(new Text(MatchSource.INDEX_TERM, note.text(), stems.terms(note.text())));
                }
            }
            String shortTitle = table.shortTitle(position);
            texts.add(new Text(MatchSource.SHORT_TITLE, shortTitle, stems.terms(shortTitle)));
        }
        Set<String> present = new HashSet<>();
        texts.forEach(text -> present.addAll(text.terms()));

        Set<Match> readings = new LinkedHashSet<>();
        Set<String> matched = new HashSet<>();
        for (Slot slot : plan.slots()) {
            for (Alternative alternative : slot.alternatives()) {
                if (present.containsAll(alternative.terms())) {
                    readings.addAll(alternative.readings());
                    matched.addAll(alternative.terms());
                    break;
                }
            }
        }
        Text best = texts.get(0);
        long bestCount = -1;
        for (Text text : texts) {
            long count = text.terms().stream().filter(matched::contains).count();
            if (count > bestCount) {
                best = text;
                bestCount = count;
            }
        }
        List<Match> why = new ArrayList<>(readings);
        why.add(new Match(best.source(), best.text()));
        List<String> highlights = new ArrayList<>();
        for (TextAnalysis.Token token : best == texts.get(0) ? titleTokens : stems.tokens(best.text())) {
            String word = best.text().substring(token.start(), token.end());
            if (matched.contains(token.term()) && !highlights.contains(word)) {
                highlights.add(word);
            }
        }
        return new SearchHit(node.code(), node.release().system(), node.release().version(), node.title(),
                node.kind(), table.isBillable(position), score, why, highlights);
    }

    private static boolean matchesEverySlot(QueryPlan plan, Set<String> terms) {
        return plan.slots().stream().allMatch(slot -> slot.alternatives().stream()
                .anyMatch(alternative -> terms.containsAll(alternative.terms())));
    }

    /** Closes the Lucene index. */
    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
