package vn.langso.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import vn.langso.demo.boundary.DemoAccounts;
import vn.langso.it.Deployments;
import vn.langso.it.TestDatabase;
import vn.langso.it.WebClient;

/** The administrator's account pages, driven as a browser would post them, and what they change for sign-in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountAdministrationIT {

    static final String PASSWORD = "mat-khau-cu-1";
    static final String ACCOUNT_PAGE = "accounts/account.xhtml";
    static final Pattern TEMPORARY_PASSWORD = Pattern.compile("id=\"temporaryPassword\"[^>]*>([^<]+)<");
    static final SecureRandom RANDOM = new SecureRandom();

    @ArquillianResource
    URL base;

    String adminName;
    WebClient admin;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void signedInAdministrator() throws Exception {
        adminName = TestDatabase.createAccount("quantri", PASSWORD, "ADMIN");
        admin = new WebClient(base);
        assertThat(admin.signIn(adminName, PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void newAccountSignsInWithItsTemporaryPasswordAndMustChangeIt() throws Exception {
        String username = newUsername();

        HttpResponse<String> created = create(username, "Tran Van Moi", "TRAINER", "", "");

        assertThat(created.statusCode()).isEqualTo(302);
        String accountPage = created.headers().firstValue("Location").orElseThrow();
        assertThat(accountPage).contains(ACCOUNT_PAGE + "?id=");
        HttpResponse<String> shown = admin.get(accountPage);
        assertThat(shown.body()).contains("Đã tạo tài khoản " + username);
        String temporaryPassword = temporaryPassword(shown.body());
        assertThat(temporaryPassword).matches("[A-Za-z0-9]{14}");
        assertThat(admin.get(accountPage).body())
                .as("the temporary password is shown once")
                .doesNotContain(temporaryPassword);
        assertThat(column("must_change_password", username)).isEqualTo("1");

        WebClient owner = new WebClient(base);
        assertThat(owner.signIn(username, temporaryPassword).statusCode()).isEqualTo(302);
        assertForcedToChangePassword(owner, username, temporaryPassword);
    }

    @Test
    void duplicateUsernameIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        String existing = TestDatabase.createAccount("trung", PASSWORD, "MEMBER");

        HttpResponse<String> refused = create(existing, "Ten Da Go", "MEMBER", "", "");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Tên đăng nhập " + existing + " đã có người dùng.")
                .contains("value=\"Ten Da Go\"");
        assertThat(count("select count(*) from account where username = ?", existing))
                .isEqualTo(1);
        assertThat(admin.get(ACCOUNT_PAGE).body())
                .as("the refusal is not repeated on the next page")
                .doesNotContain("đã có người dùng");
    }

    @Test
    void coordinatorNeedsAnAreaUnitAndOtherRolesMayNotHaveOne() throws Exception {
        String username = newUsername();
        String unitCode = anyUnitCode();

        HttpResponse<String> withoutArea = create(username, "Dieu Phoi Thu", "COORDINATOR", "", "");
        HttpResponse<String> trainerWithArea = create(username, "Giang Vien Thu", "TRAINER", unitCode, "");

        assertThat(withoutArea.statusCode()).isEqualTo(200);
        assertThat(withoutArea.body()).contains("Điều phối viên và tổ trưởng cần có đơn vị phụ trách.");
        assertThat(trainerWithArea.body()).contains("Chỉ điều phối viên và tổ trưởng mới có đơn vị phụ trách");
        assertThat(count("select count(*) from account where username = ?", username))
                .isZero();

        HttpResponse<String> withArea = create(username, "Dieu Phoi Thu", "COORDINATOR", unitCode, "");

        assertThat(withArea.statusCode()).isEqualTo(302);
        assertThat(column("(select code from admin_unit u where u.id = scope_unit_id)", username))
                .isEqualTo(unitCode);
    }

    @Test
    void aMemberBelongsToOneAccountAtMost() throws Exception {
        String phone = newMember("Lê Thị Liên Kết");
        String first = newUsername();
        String second = newUsername();

        HttpResponse<String> linked = create(first, "Le Thi Lien Ket", "MEMBER", "", phone);
        HttpResponse<String> refused = create(second, "Nguoi Khac", "MEMBER", "", phone);

        assertThat(linked.statusCode()).isEqualTo(302);
        assertThat(admin.get(linked.headers().firstValue("Location").orElseThrow())
                        .body())
                .contains("Lê Thị Liên Kết");
        assertThat(refused.body()).contains("Tổ viên có số điện thoại " + phone + " đã gắn với tài khoản " + first);
        assertThat(count("select count(*) from account where username = ?", second))
                .isZero();
    }

    @Test
    void resetPasswordGivesANewTemporaryPasswordAndTheOldOneStopsWorking() throws Exception {
        String username = TestDatabase.createAccount("caplai", PASSWORD, "MEMBER");
        String page = ACCOUNT_PAGE + "?id=" + idOf(username);

        HttpResponse<String> reset = act(page, "resetPassword");

        assertThat(reset.statusCode()).isEqualTo(200);
        String temporaryPassword = temporaryPassword(reset.body());
        assertThat(new WebClient(base).signIn(username, PASSWORD).statusCode())
                .as("the old password is refused")
                .isEqualTo(200);
        WebClient owner = new WebClient(base);
        assertThat(owner.signIn(username, temporaryPassword).statusCode()).isEqualTo(302);
        assertForcedToChangePassword(owner, username, temporaryPassword);
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        String username = TestDatabase.createAccount("tatdi", PASSWORD, "MEMBER");

        HttpResponse<String> disabled = act(ACCOUNT_PAGE + "?id=" + idOf(username), "toggleEnabled");

        assertThat(disabled.body()).contains("Đã vô hiệu hoá tài khoản " + username);
        assertThat(column("enabled", username)).isEqualTo("0");
        assertThat(new WebClient(base)
                        .getWithBasic("api/v1/me", username, PASSWORD)
                        .statusCode())
                .isEqualTo(401);
        assertThat(new WebClient(base).signIn(username, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void administratorCannotDisableThemselvesNorDropTheirOwnAdminRole() throws Exception {
        String page = ACCOUNT_PAGE + "?id=" + idOf(adminName);

        HttpResponse<String> disable = act(page, "toggleEnabled");
        Map<String, String> form = accountForm(admin.get(page).body(), null, "Quan Tri Thu", "TRAINER", "", "");
        HttpResponse<String> dropRole = admin.post(ACCOUNT_PAGE, form);

        assertThat(disable.body()).contains("Bạn không thể tự vô hiệu hoá tài khoản của chính mình.");
        assertThat(dropRole.body()).contains("Bạn không thể tự bỏ vai trò quản trị viên của chính mình.");
        assertThat(column("enabled", adminName)).isEqualTo("1");
        assertThat(column("(select group_concat(role) from account_role r where r.account_id = id)", adminName))
                .isEqualTo("ADMIN");
    }

    @Test
    void listFindsAccountsByDisplayNameWithoutDiacritics() throws Exception {
        String username = TestDatabase.createAccount("timkiem", PASSWORD, "TRAINER");

        String found = admin.get("accounts/accounts.xhtml?q=" + encode("nguoi thu " + username))
                .body();
        String notFound = admin.get("accounts/accounts.xhtml?q=" + encode("khong co " + username))
                .body();

        assertThat(found)
                .contains(">" + username + "</a>")
                .contains("Người thử " + username)
                .contains("Giảng viên");
        assertThat(notFound).doesNotContain(">" + username + "</a>").contains("Không có tài khoản nào phù hợp.");
    }

    @Test
    void coordinatorIsAnsweredThatTheAccountPagesDoNotExist() throws Exception {
        WebClient coordinator = new WebClient(base);
        assertThat(coordinator
                        .signIn(DemoAccounts.COORDINATOR.username(), DemoAccounts.PASSWORD)
                        .statusCode())
                .isEqualTo(302);

        HttpResponse<String> list = coordinator.get("accounts/accounts.xhtml");
        HttpResponse<String> one = coordinator.get(ACCOUNT_PAGE + "?id=" + idOf(adminName));

        assertThat(list.statusCode()).isEqualTo(404);
        assertThat(list.body()).contains("Không tìm thấy trang").doesNotContain("accounts:table");
        assertThat(one.statusCode()).isEqualTo(404);
        assertThat(one.body()).doesNotContain(adminName);
    }

    @Test
    void anAccountThatDoesNotExistIsNotFound() {
        assertThat(admin.get(ACCOUNT_PAGE + "?id=999999999").statusCode()).isEqualTo(404);
        assertThat(admin.get(ACCOUNT_PAGE + "?id=abc").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> create(
            String username, String displayName, String role, String scopeCode, String memberPhone) {
        HttpResponse<String> page = admin.get(ACCOUNT_PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        return admin.post(ACCOUNT_PAGE, accountForm(page.body(), username, displayName, role, scopeCode, memberPhone));
    }

    /** The fields of the account form; an existing account's form has no user name. */
    private static Map<String, String> accountForm(
            String html, String username, String displayName, String role, String scopeCode, String memberPhone) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("account", "account");
        if (username != null) {
            form.put("account:username", username);
        }
        form.put("account:displayName", displayName);
        form.put("account:roles", role);
        form.put("account:scopeCode", scopeCode);
        form.put("account:memberPhone", memberPhone);
        form.put("account:save", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(html));
        return form;
    }

    /** Presses one of the buttons that change sign-in: the confirmation is the browser's, the post is the same. */
    private HttpResponse<String> act(String page, String button) {
        HttpResponse<String> shown = admin.get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("access", "access");
        form.put("access:" + button, "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(shown.body()));
        return admin.post(ACCOUNT_PAGE, form);
    }

    /** Pages, files and the API: nothing but the password page until the temporary password is changed. */
    private void assertForcedToChangePassword(WebClient owner, String username, String temporaryPassword) {
        for (String path : List.of("index.xhtml", "files/anything.pdf")) {
            HttpResponse<String> answer = owner.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password.xhtml"));
        }
        HttpResponse<String> api = new WebClient(base).getWithBasic("api/v1/me", username, temporaryPassword);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("must change its password");
    }

    private static String temporaryPassword(String html) {
        Matcher matcher = TEMPORARY_PASSWORD.matcher(html);
        assertThat(matcher.find()).as("a temporary password on the page").isTrue();
        return matcher.group(1).trim();
    }

    private static String newUsername() {
        return "tk." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long idOf(String username) throws SQLException {
        return Long.parseLong(column("id", username));
    }

    private static String column(String expression, String username) throws SQLException {
        List<String> values = strings("select " + expression + " from account where username = ?", username);
        assertThat(values).as(expression + " of " + username).hasSize(1);
        return values.get(0);
    }

    private static long count(String query, String parameter) throws SQLException {
        return Long.parseLong(strings(query, parameter).get(0));
    }

    private static String anyUnitCode() throws SQLException {
        return strings("select min(code) from admin_unit where valid_to is null")
                .get(0);
    }

    /** A team member of the test's own, with a mobile number that the demo data, which uses no 0399, does not. */
    private static String newMember(String fullName) throws SQLException {
        String phone = String.format("0399%06d", RANDOM.nextInt(1_000_000));
        try (Connection connection = TestDatabase.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into member (full_name, search_key, phone) values (?, ?, ?)")) {
            insert.setString(1, fullName);
            insert.setString(2, fullName.toLowerCase());
            insert.setString(3, phone);
            insert.executeUpdate();
        }
        return phone;
    }

    private static List<String> strings(String query, String... parameters) throws SQLException {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement select = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }
}
