package org.nottspartners.portal.core.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.NotAllowedException;
import org.nottspartners.portal.core.problem.Problem;

/**
 * Imports an Open Referral UK feed (another council's, or a voluntary directory's JSON: a page of fully nested
 * services as {@code /services/{id}} answers, a list of them, or one) into the council's directory. Each service is
 * checked against the standard and the directory's own rules and saved whole in its own transaction, with its
 * organisation, places and terms, or not at all; the report names every service taken and every one refused, and why.
 * A service already in the directory (the same name from the same organisation) is left as it is.
 */
@ApplicationScoped
public class OrukImport {

    /** The most services one import takes (a larger feed is sent in parts). */
    public static final int LARGEST_FEED = 2000;

    @Inject
    OrukImporter importer;

    @Inject
    DirectoryAccess access;

    public record Taken(int index, String name, java.util.UUID id) {
    }

    public record Refused(int index, String name, List<String> reasons) {
    }

    public record Report(int received, List<Taken> imported, List<Refused> rejected, List<Refused> skipped) {
    }

    public Report run(String json) {
        if (!access.mayManage()) {
            throw new NotAllowedException("Only the council's administrators can import into the directory.");
        }
        List<JsonValue> services = services(json);
        List<Taken> taken = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        List<Refused> skipped = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            JsonValue v = services.get(i);
            String name = v instanceof JsonObject o && o.get("name") instanceof jakarta.json.JsonString s ? s.getString() : null;
            if (!(v instanceof JsonObject service)) {
                refused.add(new Refused(i, null, List.of("It is not a service (a JSON object)")));
                continue;
            }
            try {
                OrukImporter.Outcome outcome = importer.importOne(service);
                if (outcome.existing()) {
                    skipped.add(new Refused(i, name, List.of("It is already in the directory: " + outcome.name())));
                } else {
                    taken.add(new Taken(i, outcome.name(), outcome.id()));
                }
            } catch (InvalidInputException e) {
                refused.add(new Refused(i, name, e.errors().stream().map(OrukImport::words).toList()));
            } catch (NotAllowedException e) {
                throw e;
            } catch (RuntimeException e) {
                // its own transaction has been rolled back: the services before it stay, the report goes on
                refused.add(new Refused(i, name, List.of("It could not be saved (a value the directory cannot hold, or one that"
                        + " repeats another record); nothing of it was kept")));
            }
        }
        return new Report(services.size(), taken, refused, skipped);
    }

    private static String words(Problem.FieldError e) {
        return e.field() == null || e.field().isBlank() ? e.message() : e.field() + ": " + e.message();
    }

    /** The services a feed holds: a page's contents, a list, or one service. */
    static List<JsonValue> services(String json) {
        JsonValue root;
        try (JsonReader r = Json.createReader(new StringReader(json == null ? "" : json))) {
            root = r.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("feed", "The feed is not JSON. Send the Open Referral answer as it was given.");
        }
        JsonArray list;
        if (root instanceof JsonArray a) {
            list = a;
        } else if (root instanceof JsonObject o && o.get("contents") instanceof JsonArray a) {
            list = a;
        } else if (root instanceof JsonObject o && o.containsKey("name")) {
            list = Json.createArrayBuilder().add(o).build();
        } else {
            throw new InvalidInputException("feed", "Send a page of services (with its contents), a list of services or one service");
        }
        if (list.size() > LARGEST_FEED) {
            throw new InvalidInputException("feed", "Send at most " + LARGEST_FEED + " services at a time (this feed has " + list.size() + ")");
        }
        return list;
    }
}
