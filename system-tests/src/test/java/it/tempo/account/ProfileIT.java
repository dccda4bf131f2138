package it.tempo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Json;
import it.tempo.support.Jwt;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProfileIT {

    private static final Pattern PERSONAL_COLUMN = Pattern.compile("mail|first_?name|last_?name|full_?name|given|family|birth|weight|phone|gender");

    private final Api alice = Api.as("alice", Stack.gateway());
    private final Api bob = Api.as("bob", Stack.gateway());

    @Test
    void anAthletesProfileExistsFromTheirFirstCallAndIsPublishedOnce() {
        String admin = Sso.subject("admin");
        Database.count("WITH gone AS (DELETE FROM account.profile WHERE subject = ? RETURNING 1) SELECT count(*) FROM gone", admin);
        JsonObject me = AccountApi.get(Api.as("admin", Stack.gateway()), "/api/v1/account/me");
        JsonObject profile = me.getJsonObject("profile");
        assertEquals(admin, profile.getString("id"));
        assertTrue(profile.getString("nickname").matches("athlete-[a-z2-9]{10}"), profile::toString);
        assertEquals("PRIVATE", profile.getString("visibility"), "private until the athlete says otherwise");
        assertEquals(1, Database.count("SELECT count(*) FROM account.profile WHERE subject = ?", admin));
        assertEquals(1, Database.count("SELECT count(*) FROM account.outbox_event WHERE event_type = 'ProfileChanged' "
                + "AND subject = ? AND body LIKE ?", admin, "%" + profile.getString("nickname") + "%"));
    }

    @Test
    void theAthleteDescribesTheProfileWithTheCurrentETag() {
        String nickname = AccountApi.uniqueNickname("Fox");
        Reply current = alice.get("/api/v1/account/profile");
        assertEquals(200, current.status(), current::toString);
        Reply withoutIfMatch = alice.put("/api/v1/account/profile", AccountApi.profile(nickname, "Europe/Berlin", ""));
        assertEquals(428, withoutIfMatch.status(), "a profile always exists: changing it needs If-Match");

        JsonObject changed = AccountApi.describeProfile(alice, AccountApi.profile(nickname, "Europe/Berlin", ""));
        assertEquals(nickname, changed.getString("nickname"));
        assertEquals("Europe/Berlin", changed.getString("timeZone"));
        assertEquals(2, changed.getJsonArray("sports").size());
        Reply repeated = alice.put("/api/v1/account/profile", AccountApi.profile(nickname, "Europe/Berlin", ""));
        assertEquals(200, repeated.status(), "repeating the current state is harmless without If-Match");

        Reply taken = bob.put("/api/v1/account/profile", AccountApi.profile(nickname.toLowerCase(Locale.ROOT), "UTC", ""),
                "If-Match", bob.get("/api/v1/account/profile").header("ETag"));
        assertEquals(409, taken.status(), "nicknames are unique whatever their case: " + taken);
        assertEquals("application/problem+json", taken.contentType());
        AccountApi.describeProfile(alice, AccountApi.profile(nickname, "UTC", ""));
    }

    @Test
    void badProfilesAreRefusedFieldByField() {
        String etag = alice.get("/api/v1/account/profile").header("ETag");
        UUID bobsShoes = AccountApi.gear(bob, Json.shoes());
        List<String[]> cases = List.of(
                new String[] {"nickname", AccountApi.profile("a", "UTC", "")},
                new String[] {"nickname", AccountApi.profile("-dash-first", "UTC", "")},
                new String[] {"nickname", AccountApi.profile("spaces are not allowed", "UTC", "")},
                new String[] {"timeZone", AccountApi.profile("trail_fox", "Mars/Olympus_Mons", "")},
                new String[] {"timeZone", AccountApi.profile("trail_fox", "+02:00", "")},
                new String[] {"defaultGear.RUN", AccountApi.profile("trail_fox", "UTC", "{\"sport\":\"RUN\",\"gearId\":\"" + bobsShoes + "\"}")},
                new String[] {"avatarUrl", """
                        {"nickname":"trail_fox","avatarUrl":"http://img.example/a.png","visibility":"PUBLIC","timeZone":"UTC","units":"METRIC"}"""},
                new String[] {"avatarUrl", """
                        {"nickname":"trail_fox","avatarUrl":"https://user:secret@img.example/a.png","visibility":"PUBLIC","timeZone":"UTC","units":"METRIC"}"""},
                new String[] {"visibility", """
                        {"nickname":"trail_fox","visibility":"EVERYONE","timeZone":"UTC","units":"METRIC"}"""});
        for (String[] bad : cases) {
            Reply reply = alice.put("/api/v1/account/profile", bad[1], "If-Match", etag);
            assertEquals(400, reply.status(), () -> bad[1] + ": " + reply);
            assertEquals("application/problem+json", reply.contentType());
            assertTrue(reply.json().getJsonArray("errors").toString().contains(bad[0]), () -> bad[0] + " named in " + reply);
        }
    }

    /** The SSO holds the personal data; no table of Tempo's has a column for it, and no row carries alice's. */
    @Test
    void tempoStoresNoPersonalData() throws SQLException {
        JsonObject claims = Jwt.claims(Sso.token("alice"));
        List<String> personal = new ArrayList<>();
        // a first name alone is ordinary text (a training may be called "Alice's run"); the e-mail and the full name are hers
        for (String claim : List.of("email", "name")) {
            if (claims.containsKey(claim)) {
                personal.add(claims.getString(claim));
            }
        }
        assertTrue(personal.contains("alice@example.invalid"), "the token carries alice's e-mail: the check below has something to find");
        AccountApi.get(alice, "/api/v1/account/me");
        try (Connection connection = Stack.database()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT table_schema, table_name, column_name, data_type "
                    + "FROM information_schema.columns WHERE table_schema IN ('account', 'training', 'interaction')");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)});
                }
            }
            assertTrue(columns.size() > 30, "the three schemas' columns were read");
            for (String[] column : columns) {
                assertTrue(!PERSONAL_COLUMN.matcher(column[2]).find(), () -> String.join(".", column[0], column[1], column[2]) + " looks like personal data");
                if (column[3].equals("text")) {
                    for (String value : personal) {
                        String sql = "SELECT count(*) FROM " + column[0] + "." + column[1] + " WHERE strpos(" + column[2] + ", ?) > 0";
                        try (PreparedStatement statement = connection.prepareStatement(sql)) {
                            statement.setString(1, value);
                            try (ResultSet rows = statement.executeQuery()) {
                                rows.next();
                                assertEquals(0, rows.getLong(1), () -> String.join(".", column[0], column[1], column[2]) + " holds \"" + value + "\"");
                            }
                        }
                    }
                }
            }
        }
    }
}
