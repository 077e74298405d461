/**
 * {@code codebook serve}: an index folder as a read-only terminology service. {@link dev.codebook.server.ServeCommand}
 * starts a {@link dev.codebook.server.CodebookServer} (Jetty) with the JSON API ({@code api}), FHIR R4 ({@code fhir})
 * and an admin endpoint that swaps in a rebuilt index ({@link dev.codebook.server.LiveIndex}) without a restart.
 */
package dev.codebook.server;
