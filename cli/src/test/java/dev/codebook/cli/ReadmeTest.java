package dev.codebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codebook.builder.TestIndexes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README shows is what Codebook does: its Java example compiles as written and prints what the README says,
 * and each command-line example prints exactly the JSON shown under it, on the index of {@code data/releases}.
 */
class ReadmeTest {

    private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path temp;

    private record Block(String language, String text) {
    }

    private static List<Block> blocks() throws IOException {
        String readme = Files.readString(TestIndexes.root().resolve("README.md"), StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(readme);
        while (fence.find()) {
            blocks.add(new Block(fence.group(1), fence.group(2)));
        }
        return blocks;
    }

    @Test
    void theJavaExampleCompilesAndPrintsWhatTheReadmeShows() throws Exception {
        List<Block> blocks = blocks();
        int example = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).language().equals("java") && blocks.get(i).text().contains("public class Example")) {
                example = i;
            }
        }
        assertTrue(example >= 0, "the README has a Java example class");
        Block printed = blocks.get(example + 1);
        assertEquals("text", printed.language(), "the example's output follows it");

        Path source = temp.resolve("Example.java");
        Files.writeString(source, blocks.get(example).text(), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "-d", temp.toString(),
                "-classpath", System.getProperty("java.class.path"), source.toString());
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));

        String out = captured(() -> {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()},
                    ReadmeTest.class.getClassLoader())) {
                Method main = loader.loadClass("Example").getMethod("main", String[].class);
                main.invoke(null, (Object) new String[] {TestIndexes.full().folder().toString()});
            }
        });
        assertEquals(printed.text(), out);
    }

    @Test
    void everyCommandLineExamplePrintsWhatTheReadmeShows() {
        String index = TestIndexes.full().folder().toString();
        int checked = 0;
        for (Block block : assertDoesNotFail(ReadmeTest::blocks)) {
            if (!block.language().equals("sh")) {
                continue;
            }
            List<String> lines = block.text().lines().toList();
            Map<String, String> files = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                StringBuilder shown = new StringBuilder();
                for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ "); j++) {
                    shown.append(lines.get(j)).append('\n');
                }
                if (lines.get(i).startsWith("$ cat ")) {
                    // The input file an example reads, shown as its content: written out for the command to read.
                    String name = lines.get(i).substring("$ cat ".length()).strip();
                    Path file = temp.resolve(name);
                    assertDoesNotFail(() -> Files.writeString(file, shown, StandardCharsets.UTF_8));
                    files.put(name, file.toString());
                    continue;
                }
                if (!lines.get(i).startsWith("$ ./codebook ")) {
                    continue;
                }
                StringBuilder expected = shown;
                List<String> args = words(lines.get(i).substring("$ ./codebook ".length()));
                args.replaceAll(arg -> arg.equals("target/index") ? index : files.getOrDefault(arg, arg));
                String out = captured(() -> assertEquals(0, CodebookCommand.run(args.toArray(String[]::new))));
                assertEquals(expected.toString(), out, lines.get(i));
                checked++;
            }
        }
        assertTrue(checked >= 6, "the README shows an example of each query command; found " + checked);
    }

    /** The words of a command line as a shell splits them, with double quotes around words that hold blanks. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String captured(Action action) {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            action.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static <T> T assertDoesNotFail(java.util.concurrent.Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
