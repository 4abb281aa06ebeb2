package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.merge.PersonMerges;

/** Undoing a merge of two person records: an administrator's decision, audited on both people. */
@Path("{tenant}/admin/merges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
public class MergeAdminResource {

    @Inject
    PersonMerges merges;

    @GET
    @Path("{id}")
    public PersonResource.MergeView read(@PathParam("id") UUID id) {
        return PersonResource.MergeView.of(merges.find(id));
    }

    /** Puts back exactly what the merge moved, and makes the merged record a live one again. */
    @POST
    @Path("{id}/undo")
    public PersonResource.MergeView undo(@PathParam("id") UUID id, @Valid UndoForm form) {
        QueryChecks.body(form, "Say why the merge is being undone");
        return PersonResource.MergeView.of(merges.undo(id, form.reason));
    }

    public static class UndoForm {
        @NotBlank(message = "Say why the merge is being undone")
        @Size(max = 2000, message = "Keep the reason to 2000 characters or fewer")
        public String reason;
    }
}
