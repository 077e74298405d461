package dev.codebook.server.api;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
import dev.codebook.code.CodeSystem;
import dev.codebook.code.UnknownReleaseException;
import dev.codebook.server.Limits;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The query parameters of one JSON API request, each checked as it is read: length, number, date, system. */
final class RequestParameters {

    private final HttpServletRequest request;

    RequestParameters(HttpServletRequest request) {
        this.request = request;
    }

    /** The parameter, or a 400 naming it when it is missing or blank. */
    String required(String name) {
        return optional(name).orElseThrow(() -> ApiException.badRequest("parameter '" + name + "' is missing"));
    }

    /** The parameter when given and not blank; a 400 when it is longer than a request may ask for. */
    Optional<String> optional(String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > Limits.PARAMETER_CHARACTERS) {
            throw ApiException.badRequest("parameter '" + name + "' is " + value.length() + " characters long; at "
                    + "most " + Limits.PARAMETER_CHARACTERS + " are read");
        }
        return Optional.of(value);
    }

    /** A whole number between {@code min} and {@code max}, {@code otherwise} when not given. */
    int integer(String name, int otherwise, int min, int max) {
        Optional<String> text = optional(name);
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("parameter '" + name + "' is a whole number from " + min + " to " + max
                + "; got '" + text.get() + "'");
    }

    /** A quiz's seed, any whole number, if given. */
    OptionalLong seed() {
        Optional<String> text = optional("seed");
        try {
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text.get().strip()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter 'seed' is a whole number; got '" + text.get() + "'");
        }
    }

    /** A yes-or-no flag: true, false, or present without a value (true). */
    boolean flag(String name) {
        String value = request.getParameter(name);
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "", "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw ApiException.badRequest("parameter '" + name + "' is true or false; got '" + value + "'");
        };
    }

    /** The date of service, {@code on=YYYY-MM-DD}, if given. */
    Optional<LocalDate> dateOfService() {
        return optional("on").map(text -> {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("parameter 'on' is a date of service, YYYY-MM-DD; got '" + text + "'");
            }
        });
    }

    /** Whether the request names a release ({@code release=2021}) rather than leaving it to the date or the latest. */
    boolean namesRelease() {
        return optional("release").isPresent();
    }

    /** The release {@code system} (default icd10cm) and {@code release} (default the latest) name. */
    CodeSet codeSet(Codebook codebook) {
        CodeSystem system = system(optional("system").orElse(CodeSystem.ICD10CM.id()));
        Optional<String> release = optional("release");
        try {
            return release.isPresent() ? codebook.system(system, release.get().strip()) : codebook.system(system);
        } catch (UnknownReleaseException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** A search or suggestion narrowed to some systems: {@code Search::in}. */
    @FunctionalInterface
    interface Narrowing<T> {
        T in(T request, CodeSystem first, CodeSystem[] more);
    }

    /** {@code request} narrowed to the systems {@code system} lists, comma-separated; as it is when none. */
    <T> T inSystems(T request, Narrowing<T> narrowing) {
        List<CodeSystem> systems = optional("system").map(text -> Arrays.stream(text.split(","))
                .filter(id -> !id.isBlank()).map(RequestParameters::system).toList()).orElse(List.of());
        return systems.isEmpty() ? request : narrowing.in(request, systems.get(0),
                systems.subList(1, systems.size()).toArray(CodeSystem[]::new));
    }

    private static CodeSystem system(String id) {
        try {
            return CodeSystem.of(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter 'system': " + e.getMessage());
        }
    }
}
