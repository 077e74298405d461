package dev.codebook.search;

import dev.codebook.Code;
import dev.codebook.CodeSystem;
import dev.codebook.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A part of the hierarchy a search is narrowed to: a chapter, block, category or any node, by its code. */
record Scope(String code, Optional<Kind> kind) {

    /** The node in each system in scope that holds it, as "system:code"; fails when none does. */
    List<String> resolve(Set<CodeSystem> systems, SearchIndex index) {
        List<String> nodes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CodeSystem system : systems) {
            var set = index.latest(system);
            Optional<Code> node = set.code(code);
            if (node.isEmpty()) {
                problems.add(set.release().label() + " has no node '" + code + "'");
            } else if (kind.isPresent() && node.get().kind() != kind.get()) {
                problems.add("'" + code + "' is a " + node.get().kind().label() + " of " + set.release().label()
                        + ", not a " + kind.get().label());
            } else {
                nodes.add(system.id() + ":" + node.get().code());
            }
        }
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("cannot narrow the search to " + kind.map(Kind::label).orElse("node")
                    + " '" + code + "': " + String.join("; ", problems));
        }
        return nodes;
    }
}
