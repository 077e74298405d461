package dev.codebook.internal.search;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A sentence-embedding model that turns a text into a dense vector, for semantic search. Core holds no model: the
 * optional {@code codebook-semantic} module provides one, found by {@link ServiceLoader} ({@code provides} in its
 * module descriptor, {@code META-INF/services} on the class path). Without it search is lexical. Implementations are
 * thread-safe and may load their model on first use.
 */
public interface TextEmbedder {

    /** The model's name, recorded in an index built with its vectors; search uses vectors of this model only. */
    String model();

    /** The length of every vector it returns. */
    int dimension();

    /** The vector of {@code text}, of unit length (so a dot product is the cosine). */
    float[] embed(String text);

    /** The vectors of {@code texts}, in their order, each of unit length; may use every core. */
    List<float[]> embed(List<String> texts);

    /** The embedder on the class or module path, if any (the first found). */
    static Optional<TextEmbedder> installed() {
        return ServiceLoader.load(TextEmbedder.class, TextEmbedder.class.getClassLoader()).findFirst();
    }
}
