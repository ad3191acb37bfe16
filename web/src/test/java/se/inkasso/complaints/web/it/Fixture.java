package se.inkasso.complaints.web.it;

import jakarta.json.JsonObject;
import java.net.URL;

/**
 * A fresh debtor with a portal login and two claims from one creditor, a fresh agent (Swedish and
 * English), an English-only agent, a team lead, complaints officers and an administrator, made
 * through {@link FixtureResource}.
 */
record Fixture(Api anonymous, JsonObject data) {

    static Fixture create(URL base) {
        return new Fixture(Api.at(base), Api.at(base).post("test-fixtures", "{}").object());
    }

    /** A fixture whose debtor has this e-mail address and wants notices there (D18). */
    static Fixture withEmail(URL base, String email) {
        return new Fixture(Api.at(base), Api.at(base).post("test-fixtures", "{\"email\":\"" + email + "\"}").object());
    }

    Api debtor() {
        return anonymous.as(personnummer(), data.getString("password"));
    }

    Api agent() {
        return anonymous.as(agentName(), data.getString("password"));
    }

    Api teamLead() {
        return anonymous.as(data.getString("teamLead"), data.getString("password"));
    }

    Api admin() {
        return anonymous.as(data.getString("admin"), data.getString("password"));
    }

    /** A complaints officer who also handles cases (AGENT). */
    Api officer() {
        return anonymous.as(officerName(), data.getString("password"));
    }

    String officerName() {
        return data.getString("officer");
    }

    /** A complaints officer with no other role. */
    Api secondOfficer() {
        return anonymous.as(data.getString("secondOfficer"), data.getString("password"));
    }

    String agentName() {
        return data.getString("agent");
    }

    String englishAgentName() {
        return data.getString("englishAgent");
    }

    String personnummer() {
        return data.getString("personnummer");
    }

    String claim() {
        return data.getString("claim");
    }

    /** The debtor files a service complaint about the first claim in the portal; its reference. */
    String fileComplaint() {
        return debtor().post("portal/cases", "{\"type\":\"COMPLAINT\",\"claimReference\":\"" + claim()
                + "\",\"category\":\"SERVICE\",\"description\":\"Ingen svarade.\"}").object().getString("reference");
    }

    String secondClaim() {
        return data.getString("secondClaim");
    }

    long creditorId() {
        return data.getJsonNumber("creditorId").longValue();
    }
}
