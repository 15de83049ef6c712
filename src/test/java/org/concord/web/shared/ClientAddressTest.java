package org.concord.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose address a request counts against: the balancer's word is taken only from the balancer, and only its own part of it. */
class ClientAddressTest {

    private static final Set<String> BALANCER = Set.of("10.0.0.2");

    @Test
    void withoutATrustedProxyTheConnectionsAddressIsTheClientsAndTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("198.51.100.1"), Set.of()));
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of(), Set.of()));
    }

    @Test
    void aClientWritingTheHeaderItselfIsStillCountedByItsOwnAddress() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("198.51.100.1"), BALANCER),
                "a guesser that writes X-Forwarded-For directly escapes nothing");
    }

    @Test
    void behindTheBalancerTheAddressItAddedIsTheClients() {
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.2", List.of("198.51.100.1"), BALANCER));
    }

    @Test
    void whatAClientPutBeforeTheBalancersEntryIsNeverTaken() {
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.2", List.of("6.6.6.6, 198.51.100.1"), BALANCER));
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.2", List.of("6.6.6.6", "198.51.100.1"), BALANCER),
                "the header sent twice reads as one chain, in order");
    }

    @Test
    void severalTrustedProxiesAreSkippedFromTheEnd() {
        Set<String> chain = Set.of("10.0.0.2", "10.0.0.3");
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.2", List.of("6.6.6.6, 198.51.100.1, 10.0.0.3"), chain));
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsTakenAsIs() {
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", List.of(), BALANCER));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", List.of(" , "), BALANCER));
    }

    @Test
    void theSettingIsACommaSeparatedList() {
        assertEquals(Set.of("10.0.0.2", "10.0.0.3"), ClientAddress.parse(" 10.0.0.2,10.0.0.3 ,"));
        assertEquals(Set.of(), ClientAddress.parse(""));
    }
}
