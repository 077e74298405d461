package dev.codebook.code;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a code may be reported on, as its release states them: HCPCS Level II gives each record an add date and,
 * once discontinued, a termination date; a user's own code set may give effective and end dates. Codes of systems
 * that date their releases as a whole (ICD-10-CM, ICD-10-PCS) carry {@link #ALWAYS}: their release's dates apply.
 *
 * @param from the first day the code may be reported, if stated
 * @param to   the last day the code may be reported (HCPCS: the termination date), if stated
 */
public record EffectiveDates(Optional<LocalDate> from, Optional<LocalDate> to) {

    /** No dates of its own. */
    public static final EffectiveDates ALWAYS = new EffectiveDates(Optional.empty(), Optional.empty());

    public EffectiveDates {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("a code's last day " + to.get() + " comes before its first "
                    + from.get());
        }
    }

    /** Whether the code may be reported for a service on {@code date}. */
    public boolean covers(LocalDate date) {
        // Asked for every code of every encounter checked: no lambdas on this path.
        return (from.isEmpty() || !date.isBefore(from.get())) && (to.isEmpty() || !date.isAfter(to.get()));
    }

    /** Whether either date is stated. */
    public boolean isDated() {
        return from.isPresent() || to.isPresent();
    }
}
