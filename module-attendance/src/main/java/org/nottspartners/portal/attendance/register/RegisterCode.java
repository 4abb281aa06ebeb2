package org.nottspartners.portal.attendance.register;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The national attendance register codes from 19 August 2024 (RULES.md §4; The School Attendance (Pupil Registration)
 * (England) Regulations 2024, SI 2024/208 reg 10), each with what it counts as: a possible session or not, present,
 * an approved educational activity, or an authorised or unauthorised absence.
 */
public enum RegisterCode {
    PRESENT_AM("/", Meaning.PRESENT), PRESENT_PM("\\", Meaning.PRESENT), LATE_BEFORE_CLOSE("L", Meaning.PRESENT),
    OFF_SITE_EDUCATION("K", Meaning.APPROVED_ACTIVITY), EDUCATIONAL_VISIT("V", Meaning.APPROVED_ACTIVITY),
    SPORTING_ACTIVITY("P", Meaning.APPROVED_ACTIVITY), WORK_EXPERIENCE("W", Meaning.APPROVED_ACTIVITY),
    OTHER_APPROVED_ACTIVITY("B", Meaning.APPROVED_ACTIVITY), DUAL_REGISTERED("D", Meaning.APPROVED_ACTIVITY),
    LEAVE_EXCEPTIONAL("C", Meaning.AUTHORISED), LEAVE_PERFORMANCE("C1", Meaning.AUTHORISED),
    LEAVE_PART_TIME_TIMETABLE("C2", Meaning.AUTHORISED), MEDICAL_APPOINTMENT("M", Meaning.AUTHORISED),
    INTERVIEW("J1", Meaning.AUTHORISED), STUDY_LEAVE("S", Meaning.AUTHORISED), TRAVELLER("T", Meaning.AUTHORISED),
    RELIGIOUS_OBSERVANCE("R", Meaning.AUTHORISED), ILLNESS("I", Meaning.AUTHORISED), SUSPENDED("E", Meaning.AUTHORISED),
    HOLIDAY_NOT_GRANTED("G", Meaning.UNAUTHORISED), NO_REASON_YET("N", Meaning.UNAUTHORISED),
    OTHER_UNAUTHORISED("O", Meaning.UNAUTHORISED), LATE_AFTER_CLOSE("U", Meaning.UNAUTHORISED),
    NOT_REQUIRED("X", Meaning.NOT_POSSIBLE), NURSERY_OR_NOT_COMPULSORY("Q", Meaning.NOT_POSSIBLE),
    TRANSPORT_NOT_AVAILABLE("Y1", Meaning.NOT_POSSIBLE), TRANSPORT_DISRUPTED("Y2", Meaning.NOT_POSSIBLE),
    PREMISES_CLOSED("Y3", Meaning.NOT_POSSIBLE), UNABLE_BY_PUBLIC_HEALTH("Y4", Meaning.NOT_POSSIBLE),
    IN_CUSTODY("Y5", Meaning.NOT_POSSIBLE), PUBLIC_HEALTH_GUIDANCE("Y6", Meaning.NOT_POSSIBLE),
    OTHER_UNAVOIDABLE("Y7", Meaning.NOT_POSSIBLE), PROSPECTIVE_PUPIL("Z", Meaning.ADMINISTRATIVE),
    SCHOOL_CLOSED("#", Meaning.ADMINISTRATIVE);

    /** What a code counts as (RULES.md §4 "Register codes"). */
    public enum Meaning {
        PRESENT, APPROVED_ACTIVITY, AUTHORISED, UNAUTHORISED, NOT_POSSIBLE, ADMINISTRATIVE
    }

    private static final Map<String, RegisterCode> BY_MARK = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(RegisterCode::mark, Function.identity()));

    private final String mark;
    private final Meaning meaning;

    RegisterCode(String mark, Meaning meaning) {
        this.mark = mark;
        this.meaning = meaning;
    }

    /** The mark as the register writes it: "/", "C1", "Y4", "#". */
    public String mark() {
        return mark;
    }

    public Meaning meaning() {
        return meaning;
    }

    /** The code's name in words ("holiday not granted"), for a key to the marks. */
    public String words() {
        return name().toLowerCase(java.util.Locale.UK).replace('_', ' ');
    }

    /**
     * Whether the session is one the pupil could have attended (the denominator of every rate): not the codes "not
     * counted as possible attendance" (Q, X, Y1-Y7), nor the administrative ones (Z, #).
     */
    public boolean possible() {
        return meaning != Meaning.NOT_POSSIBLE && meaning != Meaning.ADMINISTRATIVE;
    }

    /** Whether the session is an absence, authorised or not (persistent and severe absence count both). */
    public boolean absence() {
        return meaning == Meaning.AUTHORISED || meaning == Meaning.UNAUTHORISED;
    }

    /** Whether the session is an unauthorised absence (G, N, O, U): what a penalty notice counts. */
    public boolean unauthorised() {
        return meaning == Meaning.UNAUTHORISED;
    }

    /** The code a register mark stands for, if it is one of the national codes (case as written: "c1" is not "C1"). */
    public static Optional<RegisterCode> of(String mark) {
        return mark == null ? Optional.empty() : Optional.ofNullable(BY_MARK.get(mark.strip()));
    }
}
