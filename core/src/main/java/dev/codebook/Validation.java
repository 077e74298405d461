package dev.codebook;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "may I report this code?", with the reason in a coder's words.
 *
 * @param input       the input as it was given
 * @param system      the code system it was checked against
 * @param release     the version of the release it was checked against; empty when no release of the system is in
 *                    effect on the date of service ({@link Verdict#NO_RELEASE})
 * @param code        the node the input names, when it names one (also for headers and codes that need more)
 * @param verdict     the outcome
 * @param reason      one or two sentences: what the input is and, when it is not valid, what to do
 * @param suggestions canonical codes to consider instead: the corrected code, the codes below a header, or the
 *                    nearest existing codes; empty when the input is valid
 * @param dateOfService the day the input was checked for: the release's first day unless {@link #on} gave one;
 *                    it matters for codes with dates of their own (HCPCS, a user's code set)
 */
public record Validation(
        String input,
        CodeSystem system,
        Optional<String> release,
        Optional<Code> code,
        Verdict verdict,
        String reason,
        List<String> suggestions,
        LocalDate dateOfService) {

    public Validation {
        requireNonNull(input, "input");
        requireNonNull(system, "system");
        requireNonNull(release, "release");
        requireNonNull(code, "code");
        requireNonNull(verdict, "verdict");
        requireNonNull(reason, "reason");
        suggestions = List.copyOf(suggestions);
        requireNonNull(dateOfService, "dateOfService");
    }

    /**
     * The same check, in the same release, for a service on {@code date}: a code terminated before it, or not yet in
     * force, is not valid then, and the reason gives its dates. {@code codebook.system(CodeSystem.HCPCS)
     * .validate("G0202").on(LocalDate.of(2020, 6, 1))} is {@link Verdict#TERMINATED}: G0202's last day was
     * 2017-12-31. The release's own dates are not checked here: to answer from the release in effect on the date, use
     * {@link Codebook#validate(CodeSystem, String, LocalDate)} or {@link CodeSet#validate(String, LocalDate)}.
     */
    public Validation on(LocalDate date) {
        return Validator.onDate(this, requireNonNull(date, "date"));
    }

    /**
     * The answer for a date of service no release of {@code system} covers: {@link Verdict#NO_RELEASE}, with the
     * reason, and no code. A null input is answered as the empty input, as validation answers it.
     */
    static Validation noRelease(String input, CodeSystem system, LocalDate dateOfService, String reason) {
        return new Validation(input == null ? "" : input, system, Optional.empty(), Optional.empty(), Verdict.NO_RELEASE, reason,
                List.of(), dateOfService);
    }

    /** Whether the input names a node of the release. */
    public boolean found() {
        return code.isPresent();
    }

    /** Whether the input may be reported as it stands. */
    public boolean valid() {
        return verdict.valid();
    }

    /** Whether the input names a billable code. */
    public boolean billable() {
        return code.map(Code::billable).orElse(false);
    }
}
