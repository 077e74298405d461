package dev.codebook.builder.spi;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What release formats share: release years from file names, and one file from the copies found of it. */
public final class ReleaseFiles {

    private ReleaseFiles() {
    }

    /** The year a file name gives as group 1 of {@code pattern}, when the whole name matches. */
    public static Optional<String> year(Pattern pattern, SourceFile file) {
        Matcher matcher = pattern.matcher(file.fileName());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The files whose names match {@code pattern}, by the year the names give, in the order found. */
    public static Map<String, List<SourceFile>> byYear(Pattern pattern, List<SourceFile> files) {
        return files.stream().filter(file -> year(pattern, file).isPresent()).collect(Collectors.groupingBy(
                file -> year(pattern, file).get(), LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The one file of its kind and year among copies found. CMS distributes the files in zips, and folders often
     * hold both the zip and the file extracted from it: identical copies are one file, said so in the progress
     * report; copies that differ are an error.
     */
    public static SourceFile onceOnly(String what, List<SourceFile> copies, Progress progress) throws IOException {
        SourceFile first = copies.get(0);
        if (copies.size() == 1) {
            return first;
        }
        String digest = FingerprintedInput.sha256(first);
        for (SourceFile other : copies.subList(1, copies.size())) {
            if (!FingerprintedInput.sha256(other).equals(digest)) {
                throw new SourceFormatException("two different " + what + "s among the sources: "
                        + first.location() + " and " + other.location() + "; give only one");
            }
        }
        progress.step("the " + what + " is there " + copies.size() + " times with the same content ("
                + copies.stream().map(SourceFile::location).collect(Collectors.joining(", "))
                + "); building it once, from " + first.location());
        return first;
    }

    /** {@link #onceOnly} of the copies found, if any were. */
    public static Optional<SourceFile> optionalOnce(String what, List<SourceFile> copies, Progress progress)
            throws IOException {
        return copies == null || copies.isEmpty() ? Optional.empty() : Optional.of(onceOnly(what, copies, progress));
    }
}
