package dev.codebook.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.builder.spi.SourceFile;
import dev.codebook.code.Release;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The official release files kept in {@code data/releases} are the ones published: each zip has the checksum
 * {@code SHA256SUMS} records, and every zip is listed there. A damaged or edited copy fails here, by name.
 */
class ReleaseFilesTest {

    @Test
    void everyZipHasTheChecksumRecordedForIt() throws IOException {
        Path releases = TestIndexes.releaseSources();
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(releases.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
            String[] sumAndName = line.split(" +\\*?", 2);
            recorded.put(sumAndName[1], sumAndName[0]);
        }
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(releases)) {
            for (Path zip : walk.filter(path -> path.toString().endsWith(".zip")).toList()) {
                actual.put(releases.relativize(zip).toString().replace('\\', '/'), sha256(zip));
            }
        }
        assertFalse(actual.isEmpty(), "no zip under " + releases);
        assertEquals(recorded.keySet(), actual.keySet(), "the zips under data/releases and those SHA256SUMS lists");
        recorded.forEach((zip, sum) -> assertEquals(sum, actual.get(zip), "data/releases/" + zip
                + " is not the file SHA256SUMS records: damaged or edited"));
    }

    @Test
    void theIndexFolderHoldsNoBuildLeftovers() throws IOException {
        try (Stream<Path> walk = Files.walk(TestIndexes.full().folder())) {
            List<String> names = walk.map(path -> path.getFileName().toString()).toList();
            assertFalse(names.contains("write.lock"), names.toString());
            assertTrue(names.stream().noneMatch(name -> name.contains(".building-") || name.contains(".previous-")),
                    names.toString());
        }
        String metadata = Files.readString(TestIndexes.full().folder().resolve("codebook.json"));
        assertFalse(metadata.contains(TestIndexes.root().toString()), "no path of the build machine: " + metadata);
    }

    @Test
    void theIndexRecordsEachFileByNameWithItsChecksumNotWhereItWasBuilt() throws IOException {
        Map<String, String> inside = TestIndexes.full().releases().stream()
                .flatMap(release -> release.sources().stream())
                .collect(Collectors.toMap(Release.SourceFile::name, Release.SourceFile::sha256));
        assertEquals("024c8cdaab815c987f3d43544758047992ef7b5677c92369b1a04ac69b83b48c",
                inside.get("2021-code-descriptions-tabular-order.zip!/icd10cm-order-Jan-2021.txt"), inside.toString());
        for (Map.Entry<String, String> file : inside.entrySet()) {
            assertFalse(file.getKey().contains(TestIndexes.root().toString()), file.getKey());
            assertEquals(sha256(TestIndexes.releaseFile(folderOf(file.getKey()) + entryOf(file.getKey()))),
                    file.getValue(), file.getKey());
        }
    }

    /** The release folder of a recorded name, found by the zip it names. */
    private static String folderOf(String recorded) throws IOException {
        String zip = recorded.substring(0, recorded.indexOf("!/"));
        try (Stream<Path> walk = Files.walk(TestIndexes.releaseSources())) {
            Path found = walk.filter(path -> path.getFileName().toString().equals(zip)).findFirst().orElseThrow();
            return TestIndexes.releaseSources().relativize(found.getParent()).toString().replace('\\', '/') + "/";
        }
    }

    private static String entryOf(String recorded) {
        return recorded.substring(recorded.indexOf("!/") + 2);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
