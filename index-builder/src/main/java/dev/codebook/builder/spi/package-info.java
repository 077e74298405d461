/**
 * What a code system's reader implements and uses: {@link dev.codebook.builder.spi.ReleaseSource} (one release's files
 * in, a {@link dev.codebook.builder.spi.BuiltRelease} out), the files and inputs it reads from, the
 * {@link dev.codebook.builder.spi.SourceFormatException} that names the file and line it cannot read, and the
 * {@link dev.codebook.builder.spi.Progress} it reports to. Adding a code system is a package that implements
 * {@code ReleaseFormat} (which files, paired how) and {@code ReleaseSource} (one release read), and a line in
 * {@code ReleaseFinder}; its rules for answers are a package of core's {@code dev.codebook.internal.system} and a line in
 * {@code dev.codebook.internal.Systems}.
 */
package dev.codebook.builder.spi;
