package org.concord.web.recruiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KioskSessionTest {

    @Test
    void onlyTheCodeItWasLockedWithEndsKioskMode() {
        KioskSession kiosk = new KioskSession();
        kiosk.lock(57, "2468");

        assertTrue(kiosk.isLocked());
        assertEquals("/recruiter/kiosk.xhtml?candidate=57", kiosk.kioskPath());
        assertFalse(kiosk.unlock("1357"));
        assertFalse(kiosk.unlock(null));
        assertTrue(kiosk.isLocked());
        assertTrue(kiosk.unlock(" 2468 "));
        assertFalse(kiosk.isLocked());
        assertNull(kiosk.getCandidateId());
    }

    @Test
    void aShortCodeIsRefusedAndAnUnlockedSessionCannotBeUnlocked() {
        KioskSession kiosk = new KioskSession();

        assertThrows(IllegalArgumentException.class, () -> kiosk.lock(57, "12"));
        assertFalse(kiosk.isLocked());
        assertFalse(kiosk.unlock("anything"));
    }
}
