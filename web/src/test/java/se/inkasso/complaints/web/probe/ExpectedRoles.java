package se.inkasso.complaints.web.probe;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may call what: the API's role matrix as the contract (docs/API.md) states it, written out
 * by hand so that a changed annotation shows up as a difference here rather than passing silently.
 * S stands for every staff role (AGENT, COMPLAINTS_OFFICER, TEAM_LEAD, ADMIN).
 */
public final class ExpectedRoles {

    private static final String TABLE = """
            GET  calendar/business-days                         PUBLIC
            GET  calendar/holidays                              PUBLIC
            GET  cases                                          S
            POST cases                                          S
            POST cases/assignments                              TEAM_LEAD ADMIN
            GET  cases/{reference}                              S
            POST cases/{reference}/assignment                   AGENT TEAM_LEAD ADMIN
            GET  cases/{reference}/attachments/{id}             S
            POST cases/{reference}/closure                      AGENT TEAM_LEAD ADMIN
            POST cases/{reference}/corrective-action/done       TEAM_LEAD ADMIN
            POST cases/{reference}/external-referrals           S
            POST cases/{reference}/external-referrals/{id}      S
            POST cases/{reference}/messages                     S
            POST cases/{reference}/notes                        S
            POST cases/{reference}/objection-assessment         AGENT TEAM_LEAD ADMIN
            POST cases/{reference}/objection-outcome            AGENT TEAM_LEAD ADMIN
            POST cases/{reference}/reclassification             AGENT TEAM_LEAD ADMIN
            POST cases/{reference}/responses                    S
            POST cases/{reference}/responses/{id}/send          S
            POST cases/{reference}/review-request               S
            POST cases/{reference}/subject-staff                S
            GET  claims/{reference}                             S
            POST claims/{reference}/collection-actions          S
            POST deadline-scans                                 ADMIN
            GET  letters/{id}                                   S
            GET  notifications                                  S
            POST notifications/{id}/retry                       TEAM_LEAD ADMIN
            GET  policy                                         PUBLIC
            PUT  policy                                         ADMIN
            GET  portal/cases                                   DEBTOR
            POST portal/cases                                   DEBTOR
            GET  portal/cases/{reference}                       DEBTOR
            POST portal/cases/{reference}/additions             DEBTOR
            GET  portal/cases/{reference}/attachments/{id}      DEBTOR
            POST portal/cases/{reference}/review-request        DEBTOR
            POST portal/cases/{reference}/withdrawal            DEBTOR
            GET  portal/claims                                  DEBTOR
            GET  portal/letters/{id}                            DEBTOR
            GET  portal/messages                                DEBTOR
            POST portal/messages                                DEBTOR
            POST portal/messages/{id}/read                      DEBTOR
            GET  portal/personal-data                           DEBTOR
            GET  print-batches                                  TEAM_LEAD ADMIN
            POST print-batches                                  TEAM_LEAD ADMIN
            GET  print-batches/{id}/letters.pdf                 TEAM_LEAD ADMIN
            GET  print-batches/{id}/manifest.csv                TEAM_LEAD ADMIN
            GET  reports/complaints                             COMPLAINTS_OFFICER TEAM_LEAD ADMIN
            GET  reviews                                        COMPLAINTS_OFFICER TEAM_LEAD ADMIN
            GET  reviews/{id}                                   COMPLAINTS_OFFICER TEAM_LEAD ADMIN
            POST reviews/{id}/decision                          COMPLAINTS_OFFICER
            GET  root-causes                                    S
            GET  scam-reports                                   S
            POST scam-reports                                   PUBLIC
            """;

    private static final List<String> STAFF = List.of("AGENT", "COMPLAINTS_OFFICER", "TEAM_LEAD", "ADMIN");

    private ExpectedRoles() {
    }

    /** Each operation ({@code "POST cases"}) with the roles that may call it. */
    public static Map<String, Set<String>> table() {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        TABLE.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] words = line.split("\\s+");
            Set<String> roles = new TreeSet<>();
            Arrays.stream(words, 2, words.length).forEach(role -> roles.addAll(role.equals("S") ? STAFF : List.of(role)));
            table.put(words[0] + " " + words[1], roles);
        });
        return table;
    }
}
