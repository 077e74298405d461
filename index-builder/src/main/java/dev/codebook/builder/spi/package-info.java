/**
 * What a code system's reader implements and uses: {@link dev.codebook.builder.spi.ReleaseSource} (one release's files
 * in, a {@link dev.codebook.builder.spi.BuiltRelease} out), the files and inputs it reads from, the
 * {@link dev.codebook.builder.spi.SourceFormatException} that names the file and line it cannot read, and the
 * {@link dev.codebook.builder.spi.Progress} it reports to. Adding a code system is a package that implements
 * {@code ReleaseSource} and a line in {@link dev.codebook.builder.ReleaseFinder}.
 */
package dev.codebook.builder.spi;
