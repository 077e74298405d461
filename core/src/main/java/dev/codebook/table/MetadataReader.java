package dev.codebook.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.codebook.Change;
import dev.codebook.CodeSystem;
import dev.codebook.Release;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@value IndexMetadata#FILE_NAME} with Jackson's streaming parser. Opening an index in a fresh JVM is on
 * every command-line run's path, and the object mapper's start-up (building its deserializers, introspecting the
 * records) cost about 0.4 s there, several times the read itself.
 */
final class MetadataReader {

    private static final JsonFactory JSON = new JsonFactory();

    private MetadataReader() {
    }

    /** The metadata in {@code content}, the file of the index in {@code index}; another format says to rebuild. */
    static IndexMetadata read(byte[] content, java.nio.file.Path index) throws IOException {
        try (JsonParser parser = JSON.createParser(content)) {
            Map<String, Object> root = object(parser.nextToken() == JsonToken.START_OBJECT ? value(parser) : null);
            int format = ((Number) root.get("format")).intValue();
            if (format != IndexMetadata.FORMAT) {
                throw new IndexFormatException(index + " has index format " + format + ", this library reads format "
                        + IndexMetadata.FORMAT + ": rebuild it with this version of codebook");
            }
            List<Release> releases = new ArrayList<>();
            for (Object release : list(root.get("releases"))) {
                releases.add(release(object(release)));
            }
            return new IndexMetadata(format, (String) root.get("builder"),
                    Instant.parse((String) root.get("builtAt")), releases);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException
                | java.time.format.DateTimeParseException e) {
            throw new IOException("a field is missing or of the wrong type (" + e.getMessage() + ")", e);
        }
    }

    private static Release release(Map<String, Object> release) {
        List<Release.SourceFile> sources = new ArrayList<>();
        for (Object source : list(release.get("sources"))) {
            Map<String, Object> file = object(source);
            sources.add(new Release.SourceFile((String) file.get("name"), ((Number) file.get("bytes")).longValue(),
                    (String) file.get("sha256")));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        object(release.get("counts")).forEach((kind, count) -> counts.put(kind, ((Number) count).intValue()));
        List<String> crossCheck = new ArrayList<>();
        list(release.get("crossCheck")).forEach(finding -> crossCheck.add((String) finding));
        List<Change> changes = new ArrayList<>();
        for (Object change : list(release.getOrDefault("changes", List.of()))) {
            Map<String, Object> fields = object(change);
            changes.add(new Change(Change.Type.valueOf((String) fields.get("type")), (String) fields.get("code"),
                    (String) fields.get("title")));
        }
        return new Release(CodeSystem.of((String) release.get("system")), (String) release.get("version"),
                LocalDate.parse((String) release.get("effectiveFrom")),
                LocalDate.parse((String) release.get("effectiveTo")), sources, counts, crossCheck, changes);
    }

    /** The value at the parser's current token: a map, a list, a string, a number, a boolean or null. */
    private static Object value(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + parser.currentToken() + " at "
                    + parser.currentLocation());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected an object, found " + value);
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("expected a list, found " + value);
        }
        return (List<?>) value;
    }
}
