/**
 * FHIR R4 over HAPI FHIR's plain server: CodeSystem $lookup, $validate-code and $subsumes, ValueSet $expand and
 * $validate-code, and the TerminologyCapabilities the index supports.
 */
package dev.codebook.server.fhir;
