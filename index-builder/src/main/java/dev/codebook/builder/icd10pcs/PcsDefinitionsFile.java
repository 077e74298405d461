package dev.codebook.builder.icd10pcs;

import dev.codebook.builder.spi.SourceFormatException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ICD-10-PCS definitions ({@code icd10pcs_definitions_2023.xml}, root {@code ICD10PCS.definitions}): per section,
 * per axis, {@code terms} that define values by their labels: a root operation's or approach's definition and
 * explanation, the anatomy a body part includes, the products a device or substance value includes.
 */
final class PcsDefinitionsFile {

    /**
     * What the file says about one value.
     *
     * @param definition  its definition, when the file gives one ("Cutting out or off, without replacement, ...")
     * @param explanation its explanation, when given
     * @param includes    what the value includes ("Hallux"; "Kcentra")
     */
    record Term(Optional<String> definition, Optional<String> explanation, List<String> includes) {
        Term {
            includes = List.copyOf(includes);
        }
    }

    /** The terms of one release, by section character, axis position (3 to 7) and value label. */
    record Definitions(String version, Map<String, Term> terms) {

        Optional<Term> term(char section, int position, String label) {
            return Optional.ofNullable(terms.get(key(section, position, label)));
        }
    }

    private PcsDefinitionsFile() {
    }

    static Definitions parse(String file, InputStream in) {
        PcsXml.Element root = PcsXml.read(file, in, "ICD10PCS.definitions", "the ICD-10-PCS definitions");
        String version = root.required(file, "version");
        Map<String, Term> terms = new HashMap<>();
        for (PcsXml.Element section : root.all("section")) {
            String code = section.attribute(file, "code");
            for (PcsXml.Element axis : section.all("axis")) {
                int position = Integer.parseInt(axis.attribute(file, "pos"));
                for (PcsXml.Element element : axis.all("terms")) {
                    List<PcsXml.Element> titles = element.all("title");
                    if (titles.isEmpty()) {
                        throw SourceFormatException.at(file, element.line(), "<terms> without a <title>: defines no "
                                + "value");
                    }
                    Term term = new Term(element.first("definition").map(PcsXml.Element::text),
                            element.first("explanation").map(PcsXml.Element::text),
                            element.all("includes").stream().map(PcsXml.Element::text).toList());
                    for (PcsXml.Element title : titles) {
                        terms.put(key(code.charAt(0), position, title.text()), term);
                    }
                }
            }
        }
        if (terms.isEmpty()) {
            throw SourceFormatException.at(file, root.line(), "no <terms>: the file defines nothing");
        }
        return new Definitions(version, Map.copyOf(terms));
    }

    private static String key(char section, int position, String label) {
        return section + "/" + position + "/" + label;
    }
}
