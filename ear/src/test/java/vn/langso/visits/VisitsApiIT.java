package vn.langso.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.certification.CertificationRows;
import vn.langso.it.AccountRows;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;

/**
 * The visit log as the field app uses it, over HTTP: exactly-once PUTs (resends, racing resends, conflicting
 * bodies, edits and stale versions), follow-ups, the certification gate, quality flags, scope, and device tokens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitsApiIT {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @ArquillianResource
    URL base;

    OrgFixture org;
    FieldRows rows;
    HttpClient http;
    long hamletA;
    long hamletB;
    long householdA;
    long householdB;
    long teammate;
    String member;
    String coordinatorB;
    LocalDateTime now;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void ownField() throws Exception {
        org = OrgFixture.create();
        rows = new FieldRows(TestDatabase::connect);
        http = HttpClient.newHttpClient();
        hamletA = org.hamlet(org.communeA, "Ấp Bình Long");
        hamletB = org.hamlet(org.communeB, "Ấp Mỹ Lợi");
        householdA = rows.household(hamletA, "Lê Thị Hoa", "12", "0912345678");
        householdB = rows.household(hamletB, "Võ Văn Tám", "3", null);
        teammate = org.teamMember(org.teamA, "Đỗ Văn Cường");
        member = org.account("tovien", null, org.memberA, "MEMBER");
        coordinatorB = org.account("dieuphoi", org.districtB, null, "COORDINATOR");
        now = LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MINUTES).minusHours(2);
    }

    @Test
    void aVisitSentAgainIsStoredOnceAndTheResendAnswersTheStoredVisit() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = visit(householdA, now, "VNEID", "DONE");

        HttpResponse<String> first = put(member, id, body);
        HttpResponse<String> again = put(member, id, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"id\":\"" + id + "\"", "\"version\":1", "\"householdName\":\"Lê Thị Hoa\"");
        assertThat(rows.count("select count(*) from visit where id = ?", id)).isEqualTo(1);
        assertThat(rows.count("select count(*) from visit_version where visit_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void resendsRacingEachOtherStoreOneVisitAndNoneFails() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = visit(householdA, now, "CASHLESS", "DONE");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit((Callable<HttpResponse<String>>) () -> put(member, id, body)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows.count("select count(*) from visit where id = ?", id)).isEqualTo(1);
        assertThat(rows.count("select count(*) from visit_service where visit_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void otherContentUnderAUsedIdIsAConflictAndChangesNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        put(member, id, visit(householdA, now, "VNEID", "DONE"));

        HttpResponse<String> other = put(member, id, visit(householdA, now, "VNEID", "DECLINED"));

        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(rows.count("select count(*) from visit_service where visit_id = ? and outcome = 'DONE'", id))
                .isEqualTo(1);
    }

    @Test
    void anEditNamesTheVersionItReplacesAndAStaleEditIsRefused() throws Exception {
        String id = UUID.randomUUID().toString();
        put(member, id, visit(householdA, now, "VNEID", "PARTIAL"));

        HttpResponse<String> edited = put(member, id, withBase(visit(householdA, now, "VNEID", "DONE"), 1));
        HttpResponse<String> editedAgain = put(member, id, withBase(visit(householdA, now, "VNEID", "DONE"), 1));
        HttpResponse<String> stale = put(member, id, withBase(visit(householdA, now, "VNEID", "DECLINED"), 1));

        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(edited.body()).contains("\"version\":2", "\"outcome\":\"DONE\"");
        assertThat(editedAgain.statusCode()).isEqualTo(200);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(rows.count("select count(*) from visit_version where visit_id = ?", id))
                .isEqualTo(2);
    }

    @Test
    void aPartialOpensAFollowUpAndALaterDoneClosesIt() throws Exception {
        put(member, UUID.randomUUID().toString(), visit(householdA, now.minusDays(2), "PUBLIC_SERVICE", "PARTIAL"));

        String open = get(member, "api/v1/me/follow-ups").body();
        put(member, UUID.randomUUID().toString(), visit(householdA, now, "PUBLIC_SERVICE", "DONE"));
        String after = get(member, "api/v1/me/follow-ups").body();

        assertThat(open).contains("\"householdId\":" + householdA, "\"service\":\"PUBLIC_SERVICE\"");
        assertThat(after).doesNotContain("\"householdId\":" + householdA + ",");
        assertThat(rows.count(
                        "select count(*) from follow_up where household_id = ? and closed_by_visit is not null",
                        householdA))
                .isEqualTo(1);
    }

    @Test
    void anEditAwayFromPartialWithdrawsTheFollowUpItOpenedAndAnEditBackOpensItAgain() throws Exception {
        String partial = UUID.randomUUID().toString();
        put(member, partial, visit(householdA, now.minusDays(1), "PUBLIC_SERVICE", "PARTIAL"));
        String openKey = householdA + ":PUBLIC_SERVICE";
        assertThat(rows.count("select count(*) from follow_up where open_key = ?", openKey))
                .isEqualTo(1);

        put(member, partial, withBase(visit(householdA, now.minusDays(1), "PUBLIC_SERVICE", "DECLINED"), 1));
        assertThat(rows.count("select count(*) from follow_up where open_key = ?", openKey))
                .isZero();

        put(member, partial, withBase(visit(householdA, now.minusDays(1), "PUBLIC_SERVICE", "PARTIAL"), 2));
        String done = UUID.randomUUID().toString();
        put(member, done, visit(householdA, now, "PUBLIC_SERVICE", "DONE"));
        assertThat(rows.count("select count(*) from follow_up where open_key = ?", openKey))
                .isZero();

        // The DONE was a mistake: edited to DECLINED, the follow-up it closed is open again.
        put(member, done, withBase(visit(householdA, now, "PUBLIC_SERVICE", "DECLINED"), 1));
        assertThat(rows.count("select count(*) from follow_up where open_key = ?", openKey))
                .isEqualTo(1);
        assertThat(rows.count("select count(*) from follow_up where household_id = ?", householdA))
                .isEqualTo(1);
    }

    @Test
    void aGatedServiceIsRecordedDoneOnlyWithTheCertificateOfItsSkill() throws Exception {
        CertificationRows certification = new CertificationRows(TestDatabase::connect);
        long skill = certification.skill("SIG" + org.suffix, "Chữ ký số " + org.suffix);
        rows.gate("DIGITAL_SIGNATURE", skill, true);
        try {
            HttpResponse<String> refused =
                    put(member, UUID.randomUUID().toString(), visit(householdA, now, "DIGITAL_SIGNATURE", "DONE"));
            HttpResponse<String> declined =
                    put(member, UUID.randomUUID().toString(), visit(householdA, now, "DIGITAL_SIGNATURE", "DECLINED"));
            certification.certificate(
                    org.memberA,
                    skill,
                    "ACTIVE",
                    LocalDate.now().minusMonths(1),
                    LocalDate.now().plusMonths(6));
            HttpResponse<String> certified =
                    put(member, UUID.randomUUID().toString(), visit(householdA, now, "DIGITAL_SIGNATURE", "DONE"));

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("Chữ ký số " + org.suffix, "/learning/catalog.xhtml");
            assertThat(declined.statusCode()).isEqualTo(201);
            assertThat(certified.statusCode()).isEqualTo(201);
        } finally {
            rows.gate("DIGITAL_SIGNATURE", null, false);
        }
    }

    @Test
    void doubtfulVisitsAreStoredWithTheirFlags() throws Exception {
        String leader;
        String future = UUID.randomUUID().toString();
        String old = UUID.randomUUID().toString();
        String outside = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String repeat = UUID.randomUUID().toString();

        assertThat(put(member, future, visit(householdA, now.plusDays(2), "VNEID", "DECLINED"))
                        .statusCode())
                .isEqualTo(201);
        put(member, old, visit(householdA, now.minusDays(40), "VNEID", "DECLINED"));
        put(member, first, visit(householdA, now.minusHours(1), "CYBER_SAFETY", "DONE"));
        put(member, repeat, gps(visit(householdA, now.minusMinutes(30), "CYBER_SAFETY", "DONE"), 150));
        // A leader whose area is the district logs a household of another commune than the team's.
        leader = org.account("totruong", org.districtA, teammate, "TEAM_LEADER", "MEMBER");
        long elsewhereInDistrict = rows.household(org.hamlet(org.districtA, "Ấp Xa"), "Phan Văn Xa", "1", null);
        put(leader, outside, visit(elsewhereInDistrict, now.minusDays(1), "VNEID", "DECLINED"));
        HttpResponse<String> outsideArea =
                put(member, UUID.randomUUID().toString(), visit(householdB, now, "VNEID", "DONE"));

        assertThat(flags(future)).containsExactly("DATED_IN_FUTURE");
        assertThat(flags(old)).containsExactly("DATED_TOO_LONG_AGO");
        assertThat(flags(first)).isEmpty();
        assertThat(flags(repeat)).containsExactlyInAnyOrder("SAME_DAY_REPEAT", "GPS_INACCURATE");
        assertThat(flags(leader, outside)).containsExactly("OUTSIDE_TEAM_AREA");
        assertThat(outsideArea.statusCode()).isEqualTo(404);
    }

    @Test
    void moreVisitsInAnHourThanAMemberCanPayAreFlagged() throws Exception {
        LocalDateTime start = now.minusDays(3);
        String last = null;
        for (int i = 0; i <= 8; i++) {
            last = UUID.randomUUID().toString();
            long household = rows.household(hamletA, "Hộ thứ " + i, String.valueOf(100 + i), null);
            put(member, last, visit(household, start.plusMinutes(5L * i), "VNEID", "DECLINED"));
        }

        assertThat(flags(last)).containsExactly("TOO_MANY_PER_HOUR");
    }

    @Test
    void aCoordinatorOfAnotherDistrictFindsNeitherTheHouseholdNorTheVisit() throws Exception {
        String id = UUID.randomUUID().toString();
        put(member, id, visit(householdA, now, "VNEID", "DONE"));

        assertThat(get(coordinatorB, "api/v1/visits/" + id).statusCode()).isEqualTo(404);
        assertThat(get(coordinatorB, "api/v1/households/" + householdA).statusCode())
                .isEqualTo(404);
        assertThat(get(coordinatorB, "api/v1/households?size=200").body()).doesNotContain("Lê Thị Hoa");
        assertThat(get(coordinatorB, "api/v1/visits?size=200").body()).doesNotContain(id);
        assertThat(get(coordinatorB, "api/v1/households/" + householdB).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPageFarBeyondTheLastIsEmpty() throws Exception {
        HttpResponse<String> far = get(member, "api/v1/households?page=99999999&size=200");

        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(far.body()).contains("\"items\":[]");
    }

    @Test
    void aHouseholdAddedTwiceByItsClientIdIsStoredOnceAndItsDuplicateIsSuggested() throws Exception {
        String client = UUID.randomUUID().toString();
        String body = "{\"clientId\":\"" + client + "\",\"unitId\":" + hamletA
                + ",\"headName\":\"Nguyễn Văn Mới\",\"houseNumber\":\"7\",\"residents\":4}";

        HttpResponse<String> first = send(member, "POST", "api/v1/households", body);
        HttpResponse<String> again = send(member, "POST", "api/v1/households", body);
        HttpResponse<String> duplicates =
                get(member, "api/v1/households/duplicates?unit=" + hamletA + "&name=le%20thi%20hoa&houseNumber=12");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(first.body()).containsPattern("\"code\":\"H\\d{6}\"");
        assertThat(rows.count("select count(*) from household where client_id = ?", client))
                .isEqualTo(1);
        assertThat(duplicates.body()).contains("\"id\":" + householdA);
    }

    @Test
    void aDeviceTokenSignsTheFieldAppInUntilRevokedOrThePasswordChanges() throws Exception {
        HttpResponse<String> issued = send(member, "POST", "api/v1/device-tokens", "{\"deviceName\":\"Điện thoại\"}");
        String token = field(issued.body(), "token");

        int withToken = bearer(token, "GET", "api/v1/me/field", null).statusCode();
        int signedOut =
                bearer(token, "DELETE", "api/v1/device-tokens/current", null).statusCode();
        int afterRevoke = bearer(token, "GET", "api/v1/me/field", null).statusCode();
        String second = field(send(member, "POST", "api/v1/device-tokens", "{}").body(), "token");
        try (var c = TestDatabase.connect();
                var update = c.prepareStatement("update account set enabled = false where username = ?")) {
            update.setString(1, member);
            update.executeUpdate();
        }
        int afterDisable = bearer(second, "GET", "api/v1/me/field", null).statusCode();

        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(withToken).isEqualTo(200);
        assertThat(signedOut).isEqualTo(204);
        assertThat(afterRevoke).isEqualTo(401);
        assertThat(afterDisable).isEqualTo(401);
        assertThat(rows.count("select count(*) from device_token where token_hash = ?", token))
                .isZero();
    }

    private List<String> flags(String visit) throws Exception {
        return flags(member, visit);
    }

    private List<String> flags(String username, String visit) throws Exception {
        String body = get(username, "api/v1/visits/" + visit).body();
        Matcher flags = Pattern.compile("\"flags\":\\[([^\\]]*)\\]").matcher(body);
        assertThat(flags.find()).as(body).isTrue();
        return flags.group(1).isEmpty()
                ? List.of()
                : List.of(flags.group(1).replace("\"", "").split(","));
    }

    private String visit(long household, LocalDateTime at, String service, String outcome) {
        return "{\"householdId\":" + household + ",\"memberIds\":[" + teammate + "],\"visitedAt\":\"" + at
                + ":00\",\"services\":[{\"code\":\"" + service + "\",\"outcome\":\"" + outcome
                + "\",\"note\":\"Đã hướng dẫn\"}],\"residents\":[{\"name\":\"Lê Văn Bảy\",\"birthYear\":1961,"
                + "\"skills\":[\"ONLINE_SAFETY\",\"ONLINE_PAYMENT\"]}],\"note\":\"Nhà có người già\"}";
    }

    private static String withBase(String body, int version) {
        return body.substring(0, body.length() - 1) + ",\"baseVersion\":" + version + "}";
    }

    private static String gps(String body, int accuracy) {
        return body.substring(0, body.length() - 1) + ",\"latitude\":10.35,\"longitude\":106.4,\"accuracyMeters\":"
                + accuracy + "}";
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as(json).isTrue();
        return value.group(1);
    }

    private HttpResponse<String> put(String username, String id, String body) throws Exception {
        return send(username, "PUT", "api/v1/visits/" + id, body);
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        return send(username, "GET", path, null);
    }

    private HttpResponse<String> send(String username, String method, String path, String body) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((username + ":" + AccountRows.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                request(method, path, body)
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> bearer(String token, String method, String path, String body) throws Exception {
        return http.send(
                request(method, path, body)
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
}
