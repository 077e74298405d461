package dev.codebook.check;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One encounter as a claim reports it: the date of service, the diagnoses in order (the first is the principal or
 * first-listed diagnosis), the procedures (ICD-10-PCS), the services (HCPCS Level II, with modifiers), and optionally
 * the patient's sex and age.
 *
 * <pre>{@code
 * Encounter encounter = Encounter.builder()
 *         .date(LocalDate.of(2021, 3, 1))
 *         .diagnoses("E11.9", "E10.9")
 *         .service("E0130", "RR")
 *         .sex(Sex.FEMALE)
 *         .build();
 * CheckResult result = Checker.of(codebook).check(encounter); // excludes1: E10.9 with E11.9
 * }</pre>
 *
 * @param date       the date of service; without one, each system's latest release in the index is used
 * @param diagnoses  ICD-10-CM codes as written, in claim order
 * @param procedures ICD-10-PCS codes as written
 * @param services   HCPCS Level II service lines
 * @param sex        the patient's sex, if known
 * @param age        the patient's age in years, if known
 */
public record Encounter(Optional<LocalDate> date, List<String> diagnoses, List<String> procedures,
        List<Service> services, Optional<Sex> sex, OptionalInt age) {

    /** The oldest age a claim is taken to state; anything above is a typing error. */
    private static final int MAX_AGE = 130;

    public Encounter {
        requireNonNull(date, "date");
        diagnoses = List.copyOf(diagnoses);
        procedures = List.copyOf(procedures);
        services = List.copyOf(services);
        requireNonNull(sex, "sex");
        requireNonNull(age, "age");
        if (age.isPresent() && (age.getAsInt() < 0 || age.getAsInt() > MAX_AGE)) {
            throw new IllegalArgumentException("age is in years, 0 to " + MAX_AGE + "; got " + age.getAsInt());
        }
    }

    /** An encounter of diagnoses alone, without a date: checked against the latest ICD-10-CM release. */
    public static Encounter of(String... diagnoses) {
        return builder().diagnoses(diagnoses).build();
    }

    /** A builder for an encounter with nothing in it yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same encounter with other diagnoses. */
    public Encounter withDiagnoses(List<String> other) {
        return new Encounter(date, other, procedures, services, sex, age);
    }

    /** Builds an {@link Encounter}; not thread-safe. Each list method adds to what is there. */
    public static final class Builder {
        private LocalDate date;
        private final List<String> diagnoses = new ArrayList<>();
        private final List<String> procedures = new ArrayList<>();
        private final List<Service> services = new ArrayList<>();
        private Sex sex;
        private Integer age;

        private Builder() {
        }

        /** The date of service. */
        public Builder date(LocalDate date) {
            this.date = requireNonNull(date, "date");
            return this;
        }

        /** Diagnoses, after those already given; the first of all is the principal or first-listed. */
        public Builder diagnoses(String... codes) {
            return diagnoses(List.of(codes));
        }

        /** Diagnoses, after those already given. */
        public Builder diagnoses(List<String> codes) {
            codes.forEach(code -> diagnoses.add(requireNonNull(code, "diagnosis")));
            return this;
        }

        /** ICD-10-PCS procedures, after those already given. */
        public Builder procedures(String... codes) {
            return procedures(List.of(codes));
        }

        /** ICD-10-PCS procedures, after those already given. */
        public Builder procedures(List<String> codes) {
            codes.forEach(code -> procedures.add(requireNonNull(code, "procedure")));
            return this;
        }

        /** A HCPCS service line with its modifiers. */
        public Builder service(String code, String... modifiers) {
            return service(Service.of(code, modifiers));
        }

        /** A HCPCS service line. */
        public Builder service(Service service) {
            services.add(requireNonNull(service, "service"));
            return this;
        }

        /** The patient's sex. */
        public Builder sex(Sex sex) {
            this.sex = requireNonNull(sex, "sex");
            return this;
        }

        /** The patient's age in years. */
        public Builder age(int years) {
            this.age = years;
            return this;
        }

        /**
         * The encounter.
         *
         * @throws IllegalArgumentException when the age is outside 0 to 130
         */
        public Encounter build() {
            return new Encounter(Optional.ofNullable(date), diagnoses, procedures, services, Optional.ofNullable(sex),
                    age == null ? OptionalInt.empty() : OptionalInt.of(age));
        }
    }
}
