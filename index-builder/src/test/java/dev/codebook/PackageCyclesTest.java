package dev.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.builder.TestIndexes;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The packages of core and the builder depend on each other without a cycle, as jdeps reads the compiled classes. */
class PackageCyclesTest {

    private static final Pattern EDGE = Pattern.compile("^\\s+(dev\\.codebook[\\w.]*)\\s+->\\s+(dev\\.codebook[\\w.]*)",
            Pattern.MULTILINE);

    @Test
    void noCycleAmongThePackages() {
        Map<String, Set<String>> edges = dependencies(TestIndexes.root().resolve("core/target/classes"),
                TestIndexes.root().resolve("index-builder/target/classes"));
        assertTrue(edges.getOrDefault("dev.codebook", Set.of()).contains("dev.codebook.code"), edges.toString());
        assertEquals(List.of(), cycles(edges), "package dependencies: " + edges);
    }

    private static Map<String, Set<String>> dependencies(Path... classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        // Core is a named module: jdeps resolves what it requires (Lucene, Jackson, Guava) from the test's jars.
        String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar") && !entry.contains("codebook"))
                .collect(Collectors.joining(File.pathSeparator));
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Path folder : classes) {
            StringWriter out = new StringWriter();
            int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "--module-path", modulePath,
                    "--multi-release", "17", "-verbose:package", "-filter:none", folder.toString());
            assertEquals(0, status, out.toString());
            Matcher edge = EDGE.matcher(out.toString());
            while (edge.find()) {
                if (!edge.group(1).equals(edge.group(2))) {
                    edges.computeIfAbsent(edge.group(1), p -> new TreeSet<>()).add(edge.group(2));
                }
            }
        }
        return edges;
    }

    /** The strongly connected components of more than one package (Tarjan). */
    private static List<Set<String>> cycles(Map<String, Set<String>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        List<String> stack = new ArrayList<>();
        List<Set<String>> cycles = new ArrayList<>();
        Set<String> packages = new TreeSet<>(edges.keySet());
        edges.values().forEach(packages::addAll);
        for (String start : packages) {
            if (!index.containsKey(start)) {
                connect(start, edges, index, low, stack, cycles);
            }
        }
        return cycles;
    }

    private static void connect(String from, Map<String, Set<String>> edges, Map<String, Integer> index,
            Map<String, Integer> low, List<String> stack, List<Set<String>> cycles) {
        index.put(from, index.size());
        low.put(from, index.get(from));
        stack.add(from);
        for (String to : edges.getOrDefault(from, Set.of())) {
            if (!index.containsKey(to)) {
                connect(to, edges, index, low, stack, cycles);
                low.put(from, Math.min(low.get(from), low.get(to)));
            } else if (stack.contains(to)) {
                low.put(from, Math.min(low.get(from), index.get(to)));
            }
        }
        if (low.get(from).equals(index.get(from))) {
            Set<String> component = new TreeSet<>();
            String top;
            do {
                top = stack.remove(stack.size() - 1);
                component.add(top);
            } while (!top.equals(from));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }
}
