package org.nottspartners.portal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case notes on the real stack (RULES.md §2, 002 §9): the structure each type needs, late recording
 * flagged, editing by the author within 24 hours only, then visible amendments; other councils see nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CaseNoteIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void notesFollowTheRecordingRules() throws Exception {
        String casey = Api.token("casey.city");
        String child = (String) Api.createPerson("city", casey, "Leo", "Marsh").get("id");
        String today = LocalDate.now().toString();

        HttpResponse<String> incomplete = Api.post("/city/people/" + child + "/notes", casey,
                "{\"type\":\"VISIT\",\"eventDate\":\"" + today + "\",\"summary\":\"Home visit\",\"who\":\"Leo and his father\"}");
        ApiAuthenticationIT.assertIsProblem(incomplete, 400);
        assertThat(incomplete.body()).contains("\"field\":\"aim\"", "\"field\":\"method\"", "\"field\":\"outcome\"", "\"field\":\"actions\"");

        HttpResponse<String> visit = Api.post("/city/people/" + child + "/notes", casey, visit(today));
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(201);
        Map<String, Object> note = Api.json(visit.body());
        assertThat(note).containsEntry("recordedLate", false).containsEntry("author", "Casey Walker");

        String longAgo = LocalDate.now().minusDays(30).toString();
        Map<String, Object> late = Api.json(Api.post("/city/people/" + child + "/notes", casey, visit(longAgo)).body());
        assertThat(late).containsEntry("recordedLate", true);

        String noteId = (String) note.get("id");
        HttpResponse<String> edited = Api.put("/city/people/" + child + "/notes/" + noteId, casey,
                visit(today).replace("}", ",\"version\":" + note.get("version") + "}").replace("Played a board game", "Drew a family tree"));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

        KeycloakAdmin.ensureUser("colleague.city", List.of("city:case-worker"));
        ApiAuthenticationIT.assertIsProblem(Api.put("/city/people/" + child + "/notes/" + noteId, Api.token("colleague.city"),
                visit(today).replace("}", ",\"version\":2}")), 409);

        try (Connection c = PortalStack.database().superuserConnection()) {
            c.createStatement().executeUpdate("update core_case_note set created_at = created_at - interval '25 hours' where id = '" + noteId + "'");
        }
        HttpResponse<String> tooLate = Api.put("/city/people/" + child + "/notes/" + noteId, casey,
                visit(today).replace("}", ",\"version\":2}"));
        ApiAuthenticationIT.assertIsProblem(tooLate, 409);
        assertThat(tooLate.body()).contains("add an amendment instead");

        HttpResponse<String> amendment = Api.post("/city/people/" + child + "/notes/" + noteId + "/amendments", casey,
                visit(today).replace("Leo agreed", "Correction: Leo's father agreed"));
        assertThat(amendment.statusCode()).as(amendment.body()).isEqualTo(201);
        assertThat(Api.json(amendment.body())).containsEntry("amendsNoteId", noteId);

        assertThat(Api.jsonArray(Api.get("/city/people/" + child + "/notes", casey).body())).hasSize(3);
        ApiAuthenticationIT.assertIsProblem(Api.get("/county/people/" + child + "/notes", Api.token("morgan.county")), 404);
    }

    private static String visit(String date) {
        return "{\"type\":\"VISIT\",\"eventDate\":\"" + date + "\",\"summary\":\"Home visit after school\","
                + "\"who\":\"Leo and his father\",\"aim\":\"Hear Leo's view of school\",\"method\":\"Played a board game\","
                + "\"outcome\":\"Leo agreed to try the breakfast club\",\"actions\":\"Case worker to call the school by Friday\"}";
    }
}
