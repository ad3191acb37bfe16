package se.inkasso.complaints.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the e-identification provider sends a debtor back, after a login and after a logout (#8). */
class EIdentificationTest {

    private final EIdentification eIdentification = new EIdentification();

    @Test
    void belowTheAddressTheRequestCameTo() {
        eIdentification.redirectUri = Optional.empty();
        assertThat(eIdentification.publicAddress("http://localhost:8080/portal/eid/start", "/portal/eid/start",
                "/portal/eid/return")).hasToString("http://localhost:8080/portal/eid/return");
        assertThat(eIdentification.publicAddress("http://app.internal/complaints/portal/my/index.xhtml",
                "/portal/my/index.xhtml", "/portal/login.xhtml?loggedOut=true"))
                .hasToString("http://app.internal/complaints/portal/login.xhtml?loggedOut=true");
    }

    @Test
    void behindAProxyBelowTheConfiguredAddress() {
        eIdentification.redirectUri = Optional.of(" https://minasidor.exempelinkasso.se/portal/eid/return ");
        assertThat(eIdentification.publicAddress("http://10.0.0.5:8080/portal/eid/start", "/portal/eid/start",
                "/portal/eid/return")).hasToString("https://minasidor.exempelinkasso.se/portal/eid/return");
        assertThat(eIdentification.publicAddress("http://10.0.0.5:8080/portal/my/index.xhtml",
                "/portal/my/index.xhtml", "/portal/login.xhtml?loggedOut=true"))
                .hasToString("https://minasidor.exempelinkasso.se/portal/login.xhtml?loggedOut=true");
    }
}
