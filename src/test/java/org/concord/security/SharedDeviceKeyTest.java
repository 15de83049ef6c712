package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.sql.DataSource;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every instance on one database gets the same device mark key, so a mark one issued is valid on the others. */
class SharedDeviceKeyTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFirstInstanceMakesTheKeyAndTheOthersReadIt(TestDatabase database) {
        DataSource shared = database.fresh();
        byte[] first = SharedDeviceKey.of(shared);
        byte[] second = SharedDeviceKey.of(shared);
        assertEquals(32, first.length);
        assertArrayEquals(first, second);

        DeviceMark.useKey(first);
        String mark = DeviceMark.issue("anna");
        DeviceMark.useKey(second);
        assertEquals(mark, DeviceMark.validFor(mark, "anna"), "a mark from one instance is valid on another");
        DeviceMark.useKey(SharedDeviceKey.of(database.fresh()));
        assertNull(DeviceMark.validFor(mark, "anna"), "another database, another key");
    }
}
