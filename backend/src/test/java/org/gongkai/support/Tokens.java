package org.gongkai.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the imported realm, by password grant on the dev/test client. */
public final class Tokens {

    public static final String PASSWORD = "demo12345";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, user -> given()
                .baseUri(KeycloakResource.URL)
                .formParam("grant_type", "password")
                .formParam("client_id", "gongkai-cli")
                .formParam("username", user)
                .formParam("password", PASSWORD)
                .post("/realms/gongkai/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }
}
