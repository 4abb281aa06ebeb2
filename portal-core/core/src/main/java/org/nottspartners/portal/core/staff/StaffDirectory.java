package org.nottspartners.portal.core.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * Who holds a role in a council, read from the identity provider (Keycloak's admin API, as the
 * {@code portal-directory} client's service account, which may only view the realm and view and query users), so that work is
 * given to people who exist and lists show people by name. Answers are kept for a minute: a member of
 * staff given a role in Keycloak appears here within that.
 */
@ApplicationScoped
public class StaffDirectory {

    private static final System.Logger LOG = System.getLogger(StaffDirectory.class.getName());
    private static final int MOST_STAFF_IN_A_ROLE = 2_000;

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "portal.directory.client-id", defaultValue = "portal-directory")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.directory.client-secret", defaultValue = "portal-directory-secret")
    String clientSecret;

    private Client client;
    private final Cache<String, List<StaffMember>> byRole = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(1_000).build();

    @PostConstruct
    void open() {
        client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Everyone holding the role in the council (tenant slug, e.g. "county"), by name. */
    public List<StaffMember> withRole(String tenant, PortalRole role) {
        return byRole.get(tenant + ":" + role.tokenName(), this::read);
    }

    /** The member of staff with this user name who holds the role in the council, if there is one. */
    public Optional<StaffMember> find(String tenant, PortalRole role, String userName) {
        if (userName == null) {
            return Optional.empty();
        }
        String wanted = userName.strip();
        return withRole(tenant, role).stream().filter(s -> s.userName().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * The member of staff who is to be given work, refused in the user's words when nobody of that user name
     * holds the role in the council ({@code field} names the input).
     */
    public StaffMember require(String tenant, PortalRole role, String userName, String field) {
        if (userName == null || userName.isBlank()) {
            throw new InvalidInputException(field, "Choose the " + role.label().toLowerCase(java.util.Locale.ROOT));
        }
        return find(tenant, role, userName).orElseThrow(() -> new InvalidInputException(field, "Nobody with the user name '"
                + userName.strip() + "' is a " + role.label().toLowerCase(java.util.Locale.ROOT) + " in this council."
                + " Choose someone from the list."));
    }

    /** A member of staff and the role they were found in. */
    public record Holder(StaffMember member, PortalRole role) {
    }

    /**
     * The user of this user name holding the first of the roles in the council that they hold (a practitioner invited
     * to a Team around the Child from any agency, issue 23), refused in the user's words when nobody of that name holds
     * any of them ({@code field} names the input).
     */
    public Holder requireAmong(String tenant, java.util.List<PortalRole> roles, String userName, String field) {
        if (userName == null || userName.isBlank()) {
            throw new InvalidInputException(field, "Choose the practitioner");
        }
        for (PortalRole role : roles) {
            Optional<StaffMember> found = find(tenant, role, userName);
            if (found.isPresent()) {
                return new Holder(found.get(), role);
            }
        }
        throw new InvalidInputException(field, "Nobody with the user name '" + userName.strip() + "' works with children"
                + " in this council in a role that can join the team. Choose someone from the list.");
    }

    /** The name of a user holding any of the roles in the council, or the user name itself when the directory does not know it. */
    public String nameAmong(String tenant, java.util.List<PortalRole> roles, String userName) {
        if (userName == null) {
            return null;
        }
        try {
            for (PortalRole role : roles) {
                Optional<StaffMember> found = find(tenant, role, userName);
                if (found.isPresent()) {
                    return found.get().name();
                }
            }
        } catch (StaffDirectoryUnavailableException e) {
            return userName;
        }
        return userName;
    }

    /** The name of a user of the council, or the user name itself when the directory does not know it. */
    public String nameOf(String tenant, PortalRole role, String userName) {
        if (userName == null) {
            return null;
        }
        try {
            return find(tenant, role, userName).map(StaffMember::name).orElse(userName);
        } catch (StaffDirectoryUnavailableException e) {
            return userName;
        }
    }

    private List<StaffMember> read(String realmRole) {
        try {
            String admin = providerUri.replaceFirst("/realms/", "/admin/realms/");
            JsonArray users = json(client.target(admin + "/roles/" + URLEncoder.encode(realmRole, StandardCharsets.UTF_8).replace("+", "%20")
                            + "/users")
                    .queryParam("first", 0).queryParam("max", MOST_STAFF_IN_A_ROLE).queryParam("briefRepresentation", true)
                    .request(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token())
                    .get(String.class)).asJsonArray();
            List<StaffMember> staff = new ArrayList<>();
            for (JsonValue v : users) {
                JsonObject u = v.asJsonObject();
                if (u.getBoolean("enabled", true)) {
                    String userName = u.getString("username");
                    String name = (u.getString("firstName", "") + " " + u.getString("lastName", "")).strip();
                    staff.add(new StaffMember(userName, name.isEmpty() ? userName : name));
                }
            }
            staff.sort(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER).thenComparing(StaffMember::userName));
            return List.copyOf(staff);
        } catch (ProcessingException | WebApplicationException e) {
            LOG.log(System.Logger.Level.WARNING, "Keycloak did not say who holds " + realmRole + ": " + e, e);
            throw new StaffDirectoryUnavailableException(e);
        }
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private String token() {
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", clientId)
                .param("client_secret", clientSecret);
        JsonObject answer = json(client.target(providerUri + "/protocol/openid-connect/token").request(MediaType.APPLICATION_JSON)
                .post(Entity.form(form), String.class)).asJsonObject();
        return answer.getString("access_token");
    }
}
