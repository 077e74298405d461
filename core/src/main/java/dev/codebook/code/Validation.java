package dev.codebook.code;

import static java.util.Objects.requireNonNull;

import dev.codebook.CodeSet;
import dev.codebook.Codebook;
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
        // A validation is a value callers may build too: it may not say two things at once.
        if ((verdict == Verdict.NO_RELEASE) != release.isEmpty()) {
            throw new IllegalArgumentException("a validation names its release unless its verdict is NO_RELEASE; got "
                    + verdict + " with release " + release.map(String::valueOf).orElse("(none)"));
        }
        if ((verdict.valid() || verdict == Verdict.TERMINATED || verdict == Verdict.NOT_YET_EFFECTIVE
                || verdict == Verdict.HEADER) && code.isEmpty()) {
            throw new IllegalArgumentException("a validation with verdict " + verdict + " names its code");
        }
        if (verdict == Verdict.BILLABLE && !code.get().billable()) {
            throw new IllegalArgumentException(code.get().code() + " is not billable; a BILLABLE verdict needs a code "
                    + "that is");
        }
        if (verdict.valid() && !suggestions.isEmpty()) {
            throw new IllegalArgumentException("a valid input has no suggestions; got " + suggestions);
        }
        if (code.isPresent() && (!code.get().system().equals(system)
                || !release.equals(Optional.of(code.get().release())))) {
            throw new IllegalArgumentException("the code " + code.get().code() + " of " + code.get().system().id() + " "
                    + code.get().release() + " is not of the release checked, " + system.id() + " "
                    + release.orElse("(none)"));
        }
    }

    /**
     * The same check, in the same release, for a service on {@code date}: a code terminated before it, or not yet in
     * force, is not valid then, and the reason gives its dates. {@code codebook.system(CodeSystem.HCPCS)
     * .validate("G0202").on(LocalDate.of(2020, 6, 1))} is {@link Verdict#TERMINATED}: G0202's last day was
     * 2017-12-31. The release's own dates are not checked here: to answer from the release in effect on the date, use
     * {@link Codebook#validate(CodeSystem, String, LocalDate)} or {@link CodeSet#validate(String, LocalDate)}.
     */
    public Validation on(LocalDate date) {
        requireNonNull(date, "date");
        boolean dated = switch (verdict) {
            case BILLABLE, MODIFIER, TERMINATED, NOT_YET_EFFECTIVE -> true;
            default -> false;
        };
        if (code.isEmpty() || !dated) {
            return withDate(verdict, reason, date);
        }
        Code found = code.get();
        EffectiveDates dates = found.effectiveDates();
        if (dates.to().isPresent() && date.isAfter(dates.to().get())) {
            return withDate(Verdict.TERMINATED, found.code() + " was terminated: its last day was "
                    + dates.to().get() + ", so it is not valid for a service on " + date, date);
        }
        if (dates.from().isPresent() && date.isBefore(dates.from().get())) {
            return withDate(Verdict.NOT_YET_EFFECTIVE, found.code() + " takes effect on "
                    + dates.from().get() + ", so it is not valid for a service on " + date, date);
        }
        return found.kind() == Kind.MODIFIER
                ? withDate(Verdict.MODIFIER, found.code() + " is a modifier, reported with the code it "
                        + "modifies: " + found.title(), date)
                : withDate(Verdict.BILLABLE, found.code() + " is a billable code: " + found.title(), date);
    }

    private Validation withDate(Verdict verdict, String reason, LocalDate date) {
        return new Validation(input, system, release, code, verdict, reason, suggestions, date);
    }

    /**
     * The answer for a date of service no release of {@code system} covers: {@link Verdict#NO_RELEASE}, with the
     * reason, and no code.
     */
    public static Validation noRelease(String input, CodeSystem system, LocalDate dateOfService, String reason) {
        return new Validation(input, system, Optional.empty(), Optional.empty(),
                Verdict.NO_RELEASE, reason, List.of(), dateOfService);
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
