package org.nottspartners.portal.attendance.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.attendance.letters.AttendanceLetter;
import org.nottspartners.portal.attendance.letters.AttendanceLetters;
import org.nottspartners.portal.attendance.notices.PenaltyNotice;
import org.nottspartners.portal.attendance.notices.PenaltyNotices;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.attendance.register.RegisterCode;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.letters.PdfBundles;
import org.nottspartners.portal.core.letters.PdfBundles.Section;
import org.nottspartners.portal.core.letters.PdfBundles.Table;
import org.nottspartners.portal.core.person.AddressBook;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantDirectory;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.core.time.Today;

/**
 * The court bundle of an enforcement case (RULES.md §4; issue 15): who it is about, attendance this school year and
 * since the case opened, the register marks week by week from the start of the school year the case opened in, the
 * penalty notices to this parent for this child, the chronology of stages, contacts and breaches, and the letters sent,
 * laid out by core's {@link PdfBundles}.
 */
@ApplicationScoped
@Transactional
public class CourtBundle {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Inject
    EnforcementCases cases;

    @Inject
    PupilAttendance pupils;

    @Inject
    PenaltyNotices notices;

    @Inject
    AttendanceLetters letters;

    @Inject
    PersonRecordAccess people;

    @Inject
    AddressBook addresses;

    @Inject
    TenantDirectory tenants;

    @Inject
    CurrentUser user;

    @Inject
    Today today;

    /** The bundle as PDF, and its file name. */
    public record Bundle(String fileName, byte[] pdf) {
    }

    public Bundle of(UUID caseId) {
        EnforcementCase c = cases.find(caseId);
        Person child = people.open(c.childId()).orElseThrow();
        Person parent = people.open(c.parentId()).orElseThrow();
        String council = TenantScope.current().orElseThrow();
        String councilName = tenants.nameOf(council).orElse(council);
        LocalDate on = today.date();
        LocalDate from = PupilAttendance.schoolYearStart(c.openedOn());
        List<String> title = new ArrayList<>();
        title.add("Child: " + name(child) + (child.dateOfBirth() == null ? "" : ", born " + DateText.inWords(child.dateOfBirth()))
                + (child.upn() == null ? "" : ", UPN " + child.upn()));
        title.add("Parent: " + name(parent) + addresses.current(parent.id()).map(a -> ", " + String.join(", ",
                addresses.currentLines(parent.id()))).orElse(""));
        title.add("School: " + pupils.schoolOf(child.id()).orElse("not known from the registers"));
        title.add("Case " + c.reference() + ", opened " + DateText.inWords(c.openedOn()) + ", now at " + c.stage().label());
        title.add("Prepared " + DateText.inWords(on) + " by " + user.displayName());
        List<Section> sections = new ArrayList<>();
        sections.add(summary(child, c, on));
        sections.add(marks(child, from, on));
        sections.add(notices(c));
        sections.add(chronology(c));
        sections.add(letters(c));
        byte[] pdf = PdfBundles.render(councilName, "Court bundle: school attendance", title, sections);
        org.nottspartners.portal.core.audit.AuditTrail.record(org.nottspartners.portal.core.audit.AuditAction.PRINT,
                "enforcement-case", c.id().toString(), "court bundle of " + c.reference());
        return new Bundle(c.reference() + "-court-bundle.pdf", pdf);
    }

    private Section summary(Person child, EnforcementCase c, LocalDate on) {
        List<List<String>> rows = new ArrayList<>();
        if (child.upn() != null) {
            for (LocalDate[] period : List.of(new LocalDate[] {PupilAttendance.schoolYearStart(on), on},
                    new LocalDate[] {c.openedOn(), on})) {
                PupilAttendance.Rates r = pupils.rates(child.id(), period[0], period[1]);
                rows.add(List.of(DateText.inWords(period[0]) + " to " + DateText.inWords(period[1]),
                        String.valueOf(r.rate().possible()), String.valueOf(r.rate().absent()),
                        String.valueOf(r.rate().unauthorised()), r.attendancePercent() + "%"));
            }
        }
        return new Section("Attendance", List.of("Possible sessions only: codes not counted as possible attendance are left out"
                + " (The School Attendance (Pupil Registration) (England) Regulations 2024, regulation 10). A session is a"
                + " morning or an afternoon."), new Table(List.of("Period", "Possible sessions", "Absent", "Unauthorised absent",
                "Attendance"), new float[] {3, 1.2f, 1, 1.3f, 1}, rows));
    }

    private Section marks(Person child, LocalDate from, LocalDate to) {
        List<List<String>> rows = new ArrayList<>();
        if (child.upn() != null) {
            Map<LocalDate, Map<LocalDate, String>> weeks = new TreeMap<>();
            for (PupilAttendance.Mark m : pupils.marks(child.id(), from, to)) {
                LocalDate monday = m.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                weeks.computeIfAbsent(monday, k -> new TreeMap<>()).merge(m.date(), m.session() + " " + m.code(),
                        (a, b) -> a + "  " + b);
            }
            weeks.forEach((monday, days) -> {
                List<String> row = new ArrayList<>();
                row.add(DateText.inWords(monday));
                for (DayOfWeek d : WEEKDAYS) {
                    row.add(days.getOrDefault(monday.with(d), ""));
                }
                rows.add(row);
            });
        }
        String key = java.util.Arrays.stream(RegisterCode.values()).filter(RegisterCode::absence)
                .map(rc -> rc.mark() + " " + rc.words()).collect(Collectors.joining("; "));
        return new Section("Register marks by week", List.of("From " + DateText.inWords(from) + ". Each day shows the morning (AM)"
                + " and afternoon (PM) marks as the school recorded them. Absence codes: " + key + "."),
                new Table(List.of("Week beginning", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
                        new float[] {1.6f, 1, 1, 1, 1, 1}, rows));
    }

    private Section notices(EnforcementCase c) {
        List<List<String>> rows = notices.of(c.childId()).stream().filter(n -> n.parentId().equals(c.parentId()))
                .map(n -> List.of(PenaltyNotices.reference(n), DateText.inWords(n.requestedOn()),
                        n.issuedOn() == null ? "" : DateText.inWords(n.issuedOn()),
                        n.sessions() + " sessions, " + DateText.inWords(n.windowFrom()) + " to " + DateText.inWords(n.windowTo()),
                        "£" + n.pounds(), outcome(n))).toList();
        return new Section("Penalty notices to this parent for this child", List.of(),
                new Table(List.of("Reference", "Requested", "Issued", "Unauthorised absence", "Amount", "Outcome"),
                        new float[] {1.2f, 1.3f, 1.3f, 2.6f, 0.8f, 2.2f}, rows));
    }

    private static String outcome(PenaltyNotice n) {
        return switch (n.status()) {
            case REQUESTED -> "requested";
            case ISSUED -> "issued, unpaid";
            case PAID -> "paid £" + n.paidPounds() + " on " + DateText.inWords(n.paidOn());
            case WITHDRAWN -> "withdrawn " + DateText.inWords(n.withdrawnOn()) + ": " + n.withdrawnReason();
            case PROSECUTED, NOT_PROSECUTED -> "unpaid; " + n.prosecution().words() + " (" + DateText.inWords(n.decidedOn()) + "): "
                    + n.decisionReason();
        };
    }

    private Section chronology(EnforcementCase c) {
        List<List<String>> rows = cases.chronology(c.id()).stream().map(e -> List.of(DateText.inWords(e.on()),
                e.stage() == null ? "" : e.stage().label(), e.detail())).toList();
        return new Section("Chronology", List.of("Stages reached, contacts with the family and breaches, in date order."),
                new Table(List.of("Date", "Stage", "What happened"), new float[] {1.3f, 1.5f, 5}, rows));
    }

    private Section letters(EnforcementCase c) {
        List<AttendanceLetter> sent = letters.of(c.childId()).stream().filter(l -> l.parentId().equals(c.parentId())).toList();
        List<List<String>> rows = sent.stream().map(l -> List.of(DateText.inWords(l.dated()), l.kind().label(), l.recipient(),
                l.fileName())).toList();
        return new Section("Letters sent", List.of("Copies of each letter are kept as sent and can be printed from the case."),
                new Table(List.of("Date", "Letter", "To", "Copy"), new float[] {1.3f, 2, 2, 2.5f}, rows));
    }

    private static String name(Person p) {
        return p.givenName() + " " + p.familyName();
    }
}
