package org.nottspartners.portal.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Open Referral UK shapes the directory publishes (issue 19), without a server: the standard's names (a status with
 * a space in it), times with milliseconds in UTC, nothing written as null, an address only when the place has one, and
 * the same id for a place's address every time it is published. Validation against the standard's own schemas is
 * DirectoryIT's, on the real stack.
 */
class OrukJsonTest {

    private static DirectoryService service(String url) {
        DirectoryService s = new DirectoryService("city", UUID.fromString("11111111-2222-3333-4444-555555555555"));
        s.details(new ServiceForm(UUID.fromString("66666666-7777-8888-9999-000000000000"), "Stay and Play", "Play sessions", null,
                        url, null, null, 0, 4, null, null, null, null, null, null, null, null, null), ServiceStatus.TEMPORARILY_CLOSED,
                OffsetDateTime.of(2026, 12, 7, 9, 30, 15, 123_456_789, ZoneOffset.ofHours(1)), "ada");
        return s;
    }

    @Test
    void aListItemHasTheStandardsNamesAndNoNulls() {
        JsonObject item = OrukJson.serviceListItem(service(null), null);
        assertThat(item.getString("status")).isEqualTo("temporarily closed");
        assertThat(item.getString("last_modified")).isEqualTo("2026-12-07T08:30:15.123Z");
        assertThat(item.getInt("minimum_age")).isZero();
        assertThat(item).doesNotContainKeys("url", "email", "alert", "assured_date", "assurer_email", "organization");
        assertThat(item.values()).noneMatch(v -> v.getValueType() == jakarta.json.JsonValue.ValueType.NULL);
        assertThat(OrukJson.serviceListItem(service("https://example.org"), null).getString("url")).isEqualTo("https://example.org");
    }

    @Test
    void aPageSaysWhereItIs() {
        JsonObject page = OrukJson.page(new DirectoryPage<>(List.of("a"), 51, 2, 50), x -> jakarta.json.Json.createObjectBuilder()
                .add("id", x).build());
        assertThat(page.getInt("total_items")).isEqualTo(51);
        assertThat(page.getInt("total_pages")).isEqualTo(2);
        assertThat(page.getInt("page_number")).isEqualTo(2);
        assertThat(page.getInt("size")).isEqualTo(1);
        assertThat(page.getBoolean("first_page")).isFalse();
        assertThat(page.getBoolean("last_page")).isTrue();
        assertThat(page.getBoolean("empty")).isFalse();
        assertThat(page.getJsonArray("contents")).hasSize(1);
    }

    @Test
    void aPlacesAddressIsPublishedOnlyWhenItHasOneAndAlwaysWithTheSameId() {
        DirectoryLocation hub = new DirectoryLocation("city", UUID.randomUUID());
        hub.details(new LocationForm("physical", "Meadows Family Hub", null, "1 Bridgeway", "Nottingham", null, "ng2 2jp", 52.94,
                -1.15, null));
        DirectoryLocation online = new DirectoryLocation("city", UUID.randomUUID());
        online.details(new LocationForm("virtual", "Online", null, null, null, null, null, null, null, null));
        ServiceAtLocation a = new ServiceAtLocation("city", null, UUID.randomUUID(), hub.id());
        ServiceAtLocation b = new ServiceAtLocation("city", null, UUID.randomUUID(), online.id());
        ServiceEntry entry = new ServiceEntry(service(null), null, List.of(new ServiceEntry.Placement(a, hub),
                new ServiceEntry.Placement(b, online)), List.of(), List.of(), List.of(), List.of(), List.of());
        JsonObject full = OrukJson.service(entry);
        var places = full.getJsonArray("service_at_locations");
        JsonObject address = places.getJsonObject(0).getJsonObject("location").getJsonArray("addresses").getJsonObject(0);
        assertThat(address.getString("postal_code")).isEqualTo("NG2 2JP");
        assertThat(address.getString("state_province")).isEqualTo("Nottingham"); // required by the profile: the town when no county is kept
        assertThat(address.getString("country")).isEqualTo("GB");
        assertThat(address.getString("id")).isEqualTo(OrukJson.derived("address", hub.id()))
                .isEqualTo(OrukJson.service(entry).getJsonArray("service_at_locations").getJsonObject(0).getJsonObject("location")
                        .getJsonArray("addresses").getJsonObject(0).getString("id"));
        assertThat(places.getJsonObject(1).getJsonObject("location").getJsonArray("addresses")).isEmpty();
        assertThat(places.getJsonObject(1).getJsonObject("location")).doesNotContainKeys("latitude", "longitude");
    }
}
