package org.nottspartners.portal.core.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each council's working-day calendar: weekends and England and Wales bank holidays (shipped as data).
 * Council closure days and school term dates are not yet held per council; until they are, a council's
 * calendar has none.
 */
@ApplicationScoped
public class CouncilCalendars {

    private final BankHolidays bankHolidays = BankHolidays.englandAndWales();
    private final Map<String, WorkingDayCalendar> calendars = new ConcurrentHashMap<>();

    public WorkingDayCalendar forCouncil(String tenantId) {
        return calendars.computeIfAbsent(tenantId, t -> WorkingDayCalendar.builder(t, bankHolidays).build());
    }
}
