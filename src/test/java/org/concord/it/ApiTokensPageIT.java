package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import org.concord.kernel.AccessToken;
import org.concord.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The account page's API tokens in Chromium: a token made there is shown once, works against
 * the API with its owner's roles, is listed with its last use, and stops working when revoked.
 */
class ApiTokensPageIT extends BrowserTest {

    @Test
    void aTokenMadeOnTheAccountPageIsShownOnceWorksAndIsRevoked() {
        String username = "tokens-" + Long.toString(System.nanoTime(), 36);
        server.createAccount(username, ApiFixtures.PASSWORD, Role.HR);
        browser.signIn(server, username, ApiFixtures.PASSWORD);
        browser.open(server.url("/account/tokens.xhtml"));
        browser.type(By.id("tokens:name"), "HR system sync");
        browser.clickAndWaitForPage(By.id("tokens:create"));

        String secret = browser.text(By.id("secret"));
        assertTrue(secret.startsWith("concord_"), secret);
        assertEquals(1, new ApiFixtures.Db(server).count("SELECT COUNT(*) FROM api_token WHERE token_hash = ?",
                AccessToken.hash(secret)));
        assertEquals(0, new ApiFixtures.Db(server).count("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", secret));
        RestAssured.given().baseUri(server.url("")).header("Authorization", "Bearer " + secret).get("/api/v1/teams")
                .then().statusCode(200);

        browser.open(server.url("/account/tokens.xhtml"));
        assertFalse(browser.pageText().contains(secret), "the token is shown once only");
        assertTrue(browser.pageText().contains("HR system sync"));
        browser.clickAndWaitForPage(By.id("tokens:list:0:revoke"));
        assertTrue(browser.pageText().contains("revoked"));
        RestAssured.given().baseUri(server.url("")).header("Authorization", "Bearer " + secret).get("/api/v1/teams")
                .then().statusCode(401);
    }
}
