package se.inkasso.complaints.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.inkasso.complaints.domain.model.Decision;
import se.inkasso.complaints.domain.model.Language;
import se.inkasso.complaints.domain.model.Ruling;

/** D14: what a final response must contain; D9: what it may not say to a debtor who objected. */
class FinalResponseChecklistTest {

    private static FinalResponse response(Decision decision, String reasons, String redress, boolean free,
            boolean routes) {
        return new FinalResponse(null, decision, new Ruling(reasons, redress, null), Language.SV, free, routes, "agent",
                Instant.EPOCH);
    }

    @Test
    void aCompleteResponsePasses() {
        assertThat(response(Decision.UPHELD, "Vi gjorde fel.", "ingen", true, true).problems(true)).isEmpty();
    }

    @Test
    void namesEveryMissingPart() {
        assertThat(response(null, " ", null, false, false).problems(false)).containsExactly(
                "response.missing.decision", "response.missing.reasons", "response.missing.redress",
                "response.missing.free-of-charge", "response.missing.onward-routes");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Annars ansöker vi om betalningsföreläggande.",
        "Ärendet lämnas till Kronofogden.",
        "We will apply for a payment order.",
        "Vänligen bekräfta ditt bestridande skriftligen.",
        "Please CONFIRM YOUR OBJECTION."
    })
    void refusesPressureOnADebtorWhoObjected(String reasons) {
        assertThat(response(Decision.REJECTED, reasons, "ingen", true, true).problems(true))
                .containsExactly("response.pressure");
    }

    @Test
    void theSameWordsAreNoPressureWhereNobodyObjected() {
        assertThat(response(Decision.REJECTED, "Vi har inte ansökt om betalningsföreläggande.", "ingen", true, true)
                .problems(false)).isEmpty();
    }
}
