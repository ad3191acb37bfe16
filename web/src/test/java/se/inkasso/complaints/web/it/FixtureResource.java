package se.inkasso.complaints.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import se.inkasso.complaints.domain.model.Claim;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.PortalCredential;
import se.inkasso.complaints.domain.model.Role;
import se.inkasso.complaints.domain.model.StaffMember;
import se.inkasso.complaints.domain.repository.StaffRepository;

/**
 * Test deployments only: makes a fresh debtor with a portal login and two claims, and a fresh
 * agent, so tests that call the API from outside have their own data.
 */
@Path("test-fixtures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FixtureResource {

    static final String PASSWORD = "It-Secret-1";

    @Inject
    TestData testData;

    @Inject
    StaffRepository staff;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @POST
    @PermitAll
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject create(JsonObject options) {
        Claim first = testData.claim();
        if (options != null && options.containsKey("email")) {
            first.debtor().changeEmail(options.getString("email"), true);
        }
        Claim second = testData.claimFor(first.debtor(), first.creditor());
        staff.addPortalCredential(new PortalCredential(first.debtor(), passwordHash.generate(PASSWORD.toCharArray())));
        String agent = "it-agent-" + first.id();
        String hash = passwordHash.generate(PASSWORD.toCharArray());
        staff.add(new StaffMember(agent, "IT Agent", hash, EnumSet.of(Role.AGENT), EnumSet.allOf(Language.class)));
        staff.add(new StaffMember(agent + "-en", "IT Agent (English only)", hash, EnumSet.of(Role.AGENT),
                EnumSet.of(Language.EN)));
        staff.add(new StaffMember("it-lead-" + first.id(), "IT Team lead", hash, EnumSet.of(Role.TEAM_LEAD),
                EnumSet.allOf(Language.class)));
        staff.add(new StaffMember("it-officer-" + first.id(), "IT Officer (also handles cases)", hash,
                EnumSet.of(Role.COMPLAINTS_OFFICER, Role.AGENT), EnumSet.allOf(Language.class)));
        staff.add(new StaffMember("it-officer2-" + first.id(), "IT Officer", hash, EnumSet.of(Role.COMPLAINTS_OFFICER),
                EnumSet.allOf(Language.class)));
        staff.add(new StaffMember("it-admin-" + first.id(), "IT Admin", hash, EnumSet.of(Role.ADMIN),
                EnumSet.allOf(Language.class)));
        staff.add(new StaffMember("it-ops-" + first.id(), "IT Operations", hash, EnumSet.of(Role.OPERATIONS),
                EnumSet.allOf(Language.class)));
        return Json.createObjectBuilder()
                .add("personnummer", first.debtor().personnummer().formatted())
                .add("password", PASSWORD)
                .add("claim", first.reference())
                .add("balance", first.balance().amount().toPlainString())
                .add("secondClaim", second.reference())
                .add("creditorId", first.creditor().id())
                .add("agent", agent)
                .add("englishAgent", agent + "-en")
                .add("teamLead", "it-lead-" + first.id())
                .add("officer", "it-officer-" + first.id())
                .add("secondOfficer", "it-officer2-" + first.id())
                .add("admin", "it-admin-" + first.id())
                .add("operations", "it-ops-" + first.id())
                .build();
    }
}
