package se.inkasso.complaints.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.openid.connect.sdk.claims.ACR;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the e-identification provider sends a debtor back, after a login and after a logout (#8). */
class EIdentificationTest {

    private final EIdentification eIdentification = new EIdentification();

    @Test
    void belowTheAddressTheRequestCameTo() {
        eIdentification.redirectUri = Optional.empty();
        assertThat(eIdentification.publicAddress("http://localhost:8080/portal/eid/start", "/portal/eid/start",
                "/portal/eid/return")).hasValueSatisfying(
                        address -> assertThat(address).hasToString("http://localhost:8080/portal/eid/return"));
        assertThat(eIdentification.publicAddress("http://127.0.0.1:8080/complaints/portal/my/index.xhtml",
                "/portal/my/index.xhtml", "/portal/login.xhtml?loggedOut=true")).hasValueSatisfying(address -> assertThat(
                        address).hasToString("http://127.0.0.1:8080/complaints/portal/login.xhtml?loggedOut=true"));
    }

    @Test
    void neverBelowAnAddressAClientWroteInTheHostHeader() {
        eIdentification.redirectUri = Optional.empty();
        assertThat(eIdentification.publicAddress("http://evil.example/portal/eid/start", "/portal/eid/start",
                "/portal/eid/return")).isEmpty();
    }

    @Test
    void aLoginBelowTheRequiredLevelOfAssuranceIsRefused() throws Exception {
        eIdentification.acrValues = List.of("http://id.elegnamnden.se/loa/1.0/loa3",
                "http://id.elegnamnden.se/loa/1.0/loa4");
        eIdentification.requireLevel(new ACR("http://id.elegnamnden.se/loa/1.0/loa3"));
        for (ACR weaker : new ACR[] {new ACR("http://id.elegnamnden.se/loa/1.0/loa2"), null}) {
            assertThatThrownBy(() -> eIdentification.requireLevel(weaker)).isInstanceOfSatisfying(
                    EIdentification.RefusedException.class,
                    refused -> assertThat(refused.refusal()).isEqualTo(EIdentification.Refusal.LEVEL));
        }
        eIdentification.acrValues = List.of("any");
        eIdentification.requireLevel(null);
    }

    @Test
    void behindAProxyBelowTheConfiguredAddress() {
        eIdentification.redirectUri = Optional.of(" https://minasidor.exempelinkasso.se/portal/eid/return ");
        assertThat(eIdentification.publicAddress("http://10.0.0.5:8080/portal/eid/start", "/portal/eid/start",
                "/portal/eid/return")).hasValueSatisfying(address -> assertThat(address)
                        .hasToString("https://minasidor.exempelinkasso.se/portal/eid/return"));
        assertThat(eIdentification.publicAddress("http://10.0.0.5:8080/portal/my/index.xhtml",
                "/portal/my/index.xhtml", "/portal/login.xhtml?loggedOut=true")).hasValueSatisfying(address -> assertThat(
                        address).hasToString("https://minasidor.exempelinkasso.se/portal/login.xhtml?loggedOut=true"));
    }
}
