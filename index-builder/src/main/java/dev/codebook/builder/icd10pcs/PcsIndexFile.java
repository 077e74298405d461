package dev.codebook.builder.icd10pcs;

import dev.codebook.builder.spi.SourceFormatException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ICD-10-PCS index ({@code icd10pcs_index_2023.xml}, root {@code ICD10PCS.index}): main terms, alphabetically
 * under their letter, with nested subterms; a term leads to tables or codes ({@code codes}, {@code code},
 * {@code tab}: a 3 to 7 character prefix), to another term ({@code see}, with or without a prefix), or names a
 * body-part, device or substance value ({@code use}: "Abdominal esophagus, use Esophagus, Lower").
 */
final class PcsIndexFile {

    private static final Pattern PREFIX = Pattern.compile("[0-9A-HJ-NP-Z]{3,7}");

    /**
     * One term of the index that says something.
     *
     * @param path       the main term, then each subterm down to this one ("Abortion", "Vacuum")
     * @param references the table and code prefixes it leads to, directly or through its {@code see}
     * @param use        the value it means, for a {@code use} entry ("Esophagus, Lower")
     * @param line       where it stands in the file
     */
    record Entry(List<String> path, List<String> references, Optional<String> use, int line) {
        Entry {
            path = List.copyOf(path);
            references = List.copyOf(references);
        }

        /** The words a coder looks up: "Abortion, Vacuum". */
        String term() {
            return String.join(", ", path);
        }
    }

    private PcsIndexFile() {
    }

    static List<Entry> parse(String file, InputStream in) {
        PcsXml.Element root = PcsXml.read(file, in, "ICD10PCS.index", "the ICD-10-PCS index");
        List<Entry> entries = new ArrayList<>();
        for (PcsXml.Element letter : root.all("letter")) {
            for (PcsXml.Element main : letter.all("mainTerm")) {
                term(file, main, List.of(), entries);
            }
        }
        if (entries.isEmpty()) {
            throw SourceFormatException.at(file, root.line(), "no <mainTerm> that leads anywhere: the index is empty");
        }
        return entries;
    }

    private static void term(String file, PcsXml.Element element, List<String> above, List<Entry> entries) {
        List<String> path = new ArrayList<>(above);
        element.first("title").map(PcsXml.Element::text).filter(title -> !title.isEmpty()).ifPresent(path::add);
        if (path.isEmpty()) {
            throw SourceFormatException.at(file, element.line(), "<" + element.name() + "> without a <title>");
        }
        List<String> references = new ArrayList<>();
        Optional<String> use = Optional.empty();
        for (PcsXml.Element child : element.children()) {
            switch (child.name()) {
                case "codes", "code", "tab" -> references.add(prefix(file, child));
                case "see" -> child.children().forEach(reference -> references.add(prefix(file, reference)));
                case "use" -> {
                    use = Optional.of(child.text());
                    child.children().forEach(reference -> references.add(prefix(file, reference)));
                }
                case "term" -> term(file, child, path, entries);
                case "title" -> { }
                default -> throw SourceFormatException.at(file, child.line(), "expected <title>, <term>, <see>, <use>, "
                        + "<codes>, <code> or <tab> in <" + element.name() + ">, found <" + child.name() + ">");
            }
        }
        if (!references.isEmpty() || use.isPresent()) {
            entries.add(new Entry(path, references, use, element.line()));
        }
    }

    private static String prefix(String file, PcsXml.Element reference) {
        if (!PREFIX.matcher(reference.text()).matches()) {
            throw SourceFormatException.at(file, reference.line(), "expected a table or code prefix of 3 to 7 "
                    + "characters in <" + reference.name() + ">, found '" + reference.text() + "'");
        }
        return reference.text();
    }
}
