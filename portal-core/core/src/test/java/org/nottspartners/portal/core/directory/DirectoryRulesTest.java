package org.nottspartners.portal.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * The directory's plain rules (issue 19): the Open Referral page's edges (numbered from 1; an empty result is one first
 * and last page of nothing), search parameters read and refused in words, days and times as the standard and as people
 * write them, postcodes written one way, and a change told in words.
 */
class DirectoryRulesTest {

    @Test
    void aPageKnowsItsPlaceAmongTheOthers() {
        DirectoryPage<String> first = new DirectoryPage<>(List.of("a", "b", "c"), 7, 1, 3);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.firstPage()).isTrue();
        assertThat(first.lastPage()).isFalse();
        DirectoryPage<String> last = new DirectoryPage<>(List.of("g"), 7, 3, 3);
        assertThat(last.lastPage()).isTrue();
        assertThat(last.firstPage()).isFalse();
        DirectoryPage<String> beyond = new DirectoryPage<>(List.of(), 7, 4, 3);
        assertThat(beyond.empty()).isTrue();
        assertThat(beyond.lastPage()).isTrue();
        DirectoryPage<String> nothing = new DirectoryPage<>(List.of(), 0, 1, 50);
        assertThat(nothing.totalPages()).isZero();
        assertThat(nothing.firstPage()).isTrue();
        assertThat(nothing.lastPage()).isTrue();
        DirectoryPage<String> exact = new DirectoryPage<>(List.of("a", "b"), 6, 3, 2);
        assertThat(exact.totalPages()).isEqualTo(3);
        assertThat(exact.lastPage()).isTrue();
    }

    @Test
    void searchParametersHaveTheStandardsDefaultsAndEveryWrongOneIsToldAtOnce() {
        DirectorySearch none = SearchParameters.parse(Map.<String, String>of()::get, true);
        assertThat(none.page()).isEqualTo(1);
        assertThat(none.perPage()).isEqualTo(50);
        assertThat(none.text()).isNull();

        DirectorySearch all = SearchParameters.parse(Map.of("search", " stay and play ", "page", "2", "per_page", "10",
                "day", "monday", "start_time", "09:30", "end_time", "17:00:00Z", "minimum_age", "0", "maximum_age", "4.5",
                "age", "3")::get, false);
        assertThat(all.text()).isEqualTo("stay and play");
        assertThat(all.page()).isEqualTo(2);
        assertThat(all.perPage()).isEqualTo(10);
        assertThat(all.day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(all.startTime()).isEqualTo(LocalTime.of(9, 30));
        assertThat(all.endTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(all.maximumAge()).isEqualTo(4.5);
        assertThat(all.age()).isEqualTo(3);
        assertThat(all.withDefunct()).isFalse();

        assertThatThrownBy(() -> SearchParameters.parse(Map.of("page", "0", "per_page", "501", "day", "someday",
                "start_time", "25:00", "taxonomy_term_id", "not-an-id", "minimum_age", "old", "age", "-1")::get, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("page", "per_page", "day", "start_time", "taxonomy_term_id", "minimum_age", "age"));
        assertThatThrownBy(() -> SearchParameters.parse(Map.of("per_page", "1e3")::get, true)).isInstanceOf(InvalidInputException.class);
        assertThat(SearchParameters.proximity(Map.of("proximity", "2000")::get)).hasValue(2000.0);
        assertThatThrownBy(() -> SearchParameters.proximity(Map.of("proximity", "0")::get)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void daysAreReadAsTheStandardAndAsPeopleWriteThem() {
        assertThat(Days.of("MO")).hasValue(DayOfWeek.MONDAY);
        assertThat(Days.of("tuesday")).hasValue(DayOfWeek.TUESDAY);
        assertThat(Days.of("2WE")).hasValue(DayOfWeek.WEDNESDAY); // a monthly "second Wednesday"
        assertThat(Days.of("-1FR")).hasValue(DayOfWeek.FRIDAY);
        assertThat(Days.of("X")).isEmpty();
        assertThat(Days.isValidList("MO,WE, FR")).isTrue();
        assertThat(Days.isValidList("Mondays")).isFalse();
        assertThat(Days.names("MO,WE")).isEqualTo("Monday, Wednesday");
        assertThat(Days.time(LocalTime.of(9, 30))).isEqualTo("9:30am");
        assertThat(Days.time(LocalTime.NOON)).isEqualTo("12pm");
        assertThat(Days.time(LocalTime.MIDNIGHT)).isEqualTo("12am");
        assertThat(Days.time(LocalTime.of(17, 5))).isEqualTo("5:05pm");
    }

    @Test
    void postcodesAreWrittenOneWay() {
        assertThat(Postcodes.isValid("ng2 3ng")).isTrue();
        assertThat(Postcodes.isValid("NG15FS")).isTrue();
        assertThat(Postcodes.isValid("ABC 1234")).isFalse();
        assertThat(Postcodes.isValid("NG2")).isFalse();
        assertThat(Postcodes.normalise(" ng15fs ")).isEqualTo("NG1 5FS");
        assertThat(Postcodes.normalise("NG18   1AB")).isEqualTo("NG18 1AB");
    }

    @Test
    void aChangeIsToldInWordsLineByLine() {
        String before = "Name: Stay and Play\nStatus: Running\nAges: 0 to 4\nAlert: ";
        String after = "Name: Stay and Play\nStatus: Temporarily closed\nAges: 0 to 5\nAlert: Closed for the holidays";
        assertThat(Changes.between(before, after)).isEqualTo("Status: Running → Temporarily closed; Ages: 0 to 4 → 0 to 5;"
                + " Alert: (none) → Closed for the holidays");
        assertThat(Changes.between(before, before)).isEqualTo("Saved with no changes");
    }

    @Test
    void theStandardsStatusesAreReadByTheirOwnNamesIncludingTheOneWithASpace() {
        assertThat(ServiceStatus.of("temporarily closed")).hasValue(ServiceStatus.TEMPORARILY_CLOSED);
        assertThat(ServiceStatus.TEMPORARILY_CLOSED.standardName()).isEqualTo("temporarily closed");
        assertThat(ServiceStatus.of("ACTIVE")).hasValue(ServiceStatus.ACTIVE);
        assertThat(ServiceStatus.of("open")).isEmpty();
    }

    @Test
    void aCostIsSaidOnce() {
        ServiceCost free = new ServiceCost("city", UUID.randomUUID(), new ServiceForm.Cost(null, "Each session", java.math.BigDecimal.ZERO, "Free"));
        assertThat(free.inWords()).isEqualTo("Each session, Free");
        ServiceCost paid = new ServiceCost("city", UUID.randomUUID(), new ServiceForm.Cost(null, null, new java.math.BigDecimal("5.5"), "a session"));
        assertThat(paid.inWords()).isEqualTo("£5.50, a session");
    }

    @Test
    void webAddressesMustBeFull() {
        assertThat(Directory.isWebAddress("https://example.org/hub")).isTrue();
        assertThat(Directory.isWebAddress("example.org")).isFalse();
        assertThat(Directory.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(Directory.isWebAddress("not a web page")).isFalse();
    }
}
