/**
 * Codebook: medical code lookup, validation, hierarchy, search, quizzes and encounter checks over an index built from
 * the official ICD-10-CM, ICD-10-PCS and HCPCS Level II release files.
 *
 * <p>Start at {@link dev.codebook.Codebook#open}. The API is five packages: {@code dev.codebook} (the entry point, code
 * sets and their fluent queries), {@code dev.codebook.code} (the values the library answers with, and its
 * exceptions), {@code dev.codebook.search} (search hits and suggestions), {@code dev.codebook.check} (encounter checks)
 * and {@code dev.codebook.quiz} (quizzes). The index format and the search machinery are internal: exported only to
 * the index builder, which writes them.
 */
module dev.codebook {
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.google.common;
    requires static com.google.errorprone.annotations;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;

    exports dev.codebook;
    exports dev.codebook.code;
    exports dev.codebook.search;
    exports dev.codebook.check;
    exports dev.codebook.quiz;

    exports dev.codebook.internal to dev.codebook.builder;
    exports dev.codebook.internal.system to dev.codebook.builder;
    exports dev.codebook.internal.system.icd10cm to dev.codebook.builder;
    exports dev.codebook.internal.table to dev.codebook.builder;
    exports dev.codebook.internal.search to dev.codebook.builder, dev.codebook.semantic;
    // The optional semantic module provides the model that embeds titles and queries.
    uses dev.codebook.internal.search.TextEmbedder;

    // The index builder writes the metadata with Jackson, which reads the records by reflection.
    opens dev.codebook.internal.table to com.fasterxml.jackson.databind;
}
