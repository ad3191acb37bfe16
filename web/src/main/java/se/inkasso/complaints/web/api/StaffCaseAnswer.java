package se.inkasso.complaints.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

/** What every change of a case answers with: the case file as it is now, its version as the ETag. */
@ApplicationScoped
class StaffCaseAnswer {

    @Inject
    CaseFileJson caseFiles;

    Response current(String reference) {
        CaseFileJson.Versioned found = caseFiles.staff(reference).orElseThrow(NotFoundException::new);
        return Response.ok(found.json()).tag(Versions.tag(found.version())).build();
    }
}
