package dev.codebook.internal.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.codebook.code.Change;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.IndexFormatException;
import dev.codebook.code.Release;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@value IndexMetadata#FILE_NAME} with Jackson's streaming parser. Opening an index in a fresh JVM is on
 * every command-line run's path, and the object mapper's start-up (building its deserializers, introspecting the
 * records) cost about 0.4 s there, several times the read itself.
 */
final class MetadataReader {

    private static final JsonFactory JSON = new JsonFactory();

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern INSTANT =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?Z");

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
                    instant((String) root.get("builtAt")), releases);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException | DateTimeException e) {
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
        for (Map.Entry<String, Object> count : object(release.get("counts")).entrySet()) {
            counts.put(count.getKey(), ((Number) count.getValue()).intValue());
        }
        List<String> crossCheck = new ArrayList<>();
        for (Object finding : list(release.get("crossCheck"))) {
            crossCheck.add((String) finding);
        }
        List<Change> changes = new ArrayList<>();
        for (Object change : list(release.getOrDefault("changes", List.of()))) {
            Map<String, Object> fields = object(change);
            changes.add(new Change(Change.Type.valueOf((String) fields.get("type")), (String) fields.get("code"),
                    (String) fields.get("title")));
        }
        return new Release(CodeSystem.of((String) release.get("system")), (String) release.get("version"),
                day((String) release.get("effectiveFrom")), day((String) release.get("effectiveTo")), sources, counts,
                crossCheck, changes);
    }

    /**
     * A day as the builder writes it ("2020-10-01"). Read by hand: the first use of {@code LocalDate.parse} builds
     * java.time's formatters, some 30 ms of a cold open. Any other form is left to {@code LocalDate.parse}.
     */
    static LocalDate day(String text) {
        Matcher day = DAY.matcher(text);
        return day.matches() ? day(day) : LocalDate.parse(text);
    }

    private static LocalDate day(Matcher matched) {
        return LocalDate.of(number(matched, 1), number(matched, 2), number(matched, 3));
    }

    /** An instant as the builder writes it ("2026-11-27T03:29:18.034788309Z"), read as {@link #day} is. */
    static Instant instant(String text) {
        Matcher instant = INSTANT.matcher(text);
        if (!instant.matches() || number(instant, 4) > 23 || number(instant, 5) > 59 || number(instant, 6) > 59) {
            return Instant.parse(text);
        }
        long seconds = day(instant).toEpochDay() * 86_400 + number(instant, 4) * 3_600L + number(instant, 5) * 60L
                + number(instant, 6);
        String fraction = instant.group(7) == null ? "" : instant.group(7);
        return Instant.ofEpochSecond(seconds, Integer.parseInt(fraction + "000000000".substring(fraction.length())));
    }

    private static int number(Matcher matched, int group) {
        return Integer.parseInt(matched.group(group));
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
