package org.nottspartners.portal.core.directory;

/**
 * A place where services are delivered. {@code locationType} is the standard's: {@code physical} (a building),
 * {@code postal} or {@code virtual} (online, by phone).
 */
public record LocationForm(String locationType, String name, String description, String address, String city,
        String region, String postcode, Double latitude, Double longitude, String accessibility) {
}
