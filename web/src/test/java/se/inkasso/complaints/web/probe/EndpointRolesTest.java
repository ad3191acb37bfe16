package se.inkasso.complaints.web.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint the code declares has its row in {@link ExpectedRoles}, with the same roles, and
 * every row names an endpoint that exists: a new endpoint cannot go unprobed, nor a role change
 * unnoticed. {@code EndpointProbeIT} calls each of them with every identity.
 */
class EndpointRolesTest {

    @Test
    void theCodeDeclaresExactlyTheExpectedRoles() {
        Map<String, Set<String>> declared = Endpoint.declared().stream()
                .collect(Collectors.toMap(Endpoint::key, Endpoint::roles, (a, b) -> a, TreeMap::new));
        Map<String, Set<String>> expected = new TreeMap<>(ExpectedRoles.table());
        assertThat(declared.keySet()).as("endpoints in the code without a row in ExpectedRoles")
                .isSubsetOf(expected.keySet());
        assertThat(expected.keySet()).as("rows in ExpectedRoles for endpoints the code does not have")
                .isSubsetOf(declared.keySet());
        assertThat(declared).as("roles per endpoint").isEqualTo(expected);
    }
}
