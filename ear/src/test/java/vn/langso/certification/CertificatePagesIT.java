package vn.langso.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;
import vn.langso.it.WebClient;
import vn.langso.learning.LearningCourses;

/** The public verification page and the certificate PDF over HTTP, as a visitor and as signed-in callers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificatePagesIT {

    @ArquillianResource
    URL base;

    OrgFixture org;
    CertificationRows rows;
    LearningCourses courses;
    WebClient visitor;
    long skill;
    LocalDate today = LocalDate.now();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @BeforeEach
    void aSkill() throws Exception {
        org = OrgFixture.create();
        rows = new CertificationRows(TestDatabase::connect);
        courses = new LearningCourses(TestDatabase::connect);
        visitor = new WebClient(base);
        skill = rows.skill("P" + org.suffix, "Thanh toán trực tuyến " + org.suffix);
    }

    @Test
    void aValidCertificateShowsItsHolderSkillNumberAndDatesWithoutSignIn() throws Exception {
        long id = rows.certificate(org.memberA, skill, "ACTIVE", LocalDate.of(2026, 1, 15), LocalDate.of(2099, 1, 15));

        HttpResponse<String> page = visitor.get("verify/" + rows.verificationCode(id));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Chứng nhận hợp lệ và còn hiệu lực")
                .contains("Nguyễn Văn An " + org.suffix)
                .contains("Thanh toán trực tuyến " + org.suffix)
                .contains(String.format("LS-2026-%06d", id))
                .contains("15/01/2026")
                .contains("15/01/2099")
                .doesNotContain("signOut");
    }

    @Test
    void aCertificatePastItsDateIsShownExpiredEvenBeforeTheNightlyJob() throws Exception {
        long id = rows.certificate(org.memberA, skill, "ACTIVE", today.minusMonths(25), today.minusDays(3));

        String body = visitor.get("verify/" + rows.verificationCode(id)).body();

        assertThat(body).contains("đã hết hạn ngày").contains("Hết hạn").doesNotContain("còn hiệu lực.");
    }

    @Test
    void aRevokedCertificateSaysSoWithTheDateButNotTheReason() throws Exception {
        long id = rows.certificate(org.memberA, skill, "REVOKED", LocalDate.of(2026, 1, 15), LocalDate.of(2099, 1, 15));

        String body = visitor.get("verify/" + rows.verificationCode(id)).body();

        assertThat(body)
                .contains("đã bị thu hồi ngày 04/03/2026")
                .doesNotContain("Gian lận")
                .doesNotContain("Chứng nhận hợp lệ");
    }

    @Test
    void anUnknownCodeIsSaidToBeUnknown() {
        HttpResponse<String> page = visitor.get("verify/khongcochungnhannaovoimanay234567");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Không tìm thấy chứng nhận nào với mã này");
    }

    @Test
    void theVisitorSwitchesTheVerificationPageToEnglish() throws Exception {
        long id = rows.certificate(org.memberA, skill, "ACTIVE", LocalDate.of(2026, 1, 15), LocalDate.of(2099, 1, 15));
        String page = visitor.get("verify/" + rows.verificationCode(id)).body();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("languageForm", "languageForm");
        form.put("languageForm:en", "languageForm:en");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        HttpResponse<String> switched = visitor.post("verify.xhtml", form);
        String location = switched.headers().firstValue("Location").orElseThrow();

        assertThat(visitor.get(location).body())
                .contains("This certificate is genuine and valid")
                .contains("Nguyễn Văn An " + org.suffix);
    }

    @Test
    void theHolderDownloadsThePdfAndAnotherMemberGetsNotFound() throws Exception {
        long id = rows.certificate(org.memberA, skill, "ACTIVE", LocalDate.of(2026, 1, 15), LocalDate.of(2099, 1, 15));
        String path = "certificates/certificate.pdf?id=" + id;

        WebClient holder = signedIn(org.account("holder", null, org.memberA, "MEMBER"));
        HttpResponse<String> pdf = holder.get(path);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(holder.get("certification/my.xhtml").body()).contains(String.format("LS-2026-%06d", id));

        WebClient other = signedIn(org.account("other", null, org.memberB, "MEMBER"));
        assertThat(other.get(path).statusCode()).isEqualTo(404);
        assertThat(other.get("certification/certificate.xhtml?id=" + id).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aCoordinatorSeesTheCertificatesOfTheirAreaOnly() throws Exception {
        long id = rows.certificate(org.memberA, skill, "ACTIVE", LocalDate.of(2026, 1, 15), LocalDate.of(2099, 1, 15));
        String path = "certificates/certificate.pdf?id=" + id;

        assertThat(signedIn(org.account("coordA", org.districtA, null, "COORDINATOR"))
                        .get(path)
                        .statusCode())
                .isEqualTo(200);
        assertThat(signedIn(org.account("coordB", org.districtB, null, "COORDINATOR"))
                        .get(path)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theAdminFindsASkillWithoutDiacriticsAndAMemberCannotOpenTheSkillPages() throws Exception {
        WebClient admin = signedIn(org.account("admin", null, null, "ADMIN"));
        String list = admin.get("certification/skills.xhtml").body();

        Map<String, String> search = new LinkedHashMap<>();
        search.put("skills", "skills");
        search.put("skills:text", "THANH TOAN TRUC TUYEN " + org.suffix);
        search.put("skills:find", "");
        search.put("jakarta.faces.ViewState", WebClient.viewState(list));
        String found = admin.post("certification/skills.xhtml", search).body();
        assertThat(found).contains("Thanh toán trực tuyến " + org.suffix).contains("P" + org.suffix);
        assertThat(admin.get("certification/skill.xhtml?id=" + skill).body()).contains("P" + org.suffix);

        WebClient member = signedIn(org.account("member", null, org.memberA, "MEMBER"));
        assertThat(member.get("certification/skills.xhtml").statusCode()).isEqualTo(404);
        assertThat(member.get("certification/skill.xhtml?id=" + skill).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRefusedSkillKeepsWhatTheAdminTyped() throws Exception {
        WebClient admin = signedIn(org.account("admin", null, null, "ADMIN"));
        String page = admin.get("certification/skill.xhtml").body();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("skill", "skill");
        form.put("skill:code", "mã có dấu");
        form.put("skill:name", "Kỹ năng mới " + org.suffix);
        form.put("skill:validityMonths_input", "24");
        form.put("skill:validityMonths_hinput", "24");
        form.put("skill:save", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        String refused = admin.post("certification/skill.xhtml", form).body();

        assertThat(refused)
                .contains("Mã chỉ gồm chữ không dấu")
                .contains("value=\"mã có dấu\"")
                .contains("Kỹ năng mới " + org.suffix);
    }

    @Test
    void theHolderSeesTheCertificatePageAndWhatTheOtherSkillsStillRequire() throws Exception {
        long id = rows.certificate(org.memberA, skill, "ACTIVE", LocalDate.of(2026, 1, 15), LocalDate.of(2099, 1, 15));
        String course = "Mua sắm an toàn " + org.suffix;
        long other = rows.skill("Q" + org.suffix, "Mua sắm trực tuyến " + org.suffix);
        rows.rule(other, 12, courses.published(trainer(), course, 1, 0).course());
        WebClient holder = signedIn(org.account("holder", null, org.memberA, "MEMBER"));

        assertThat(holder.get("certification/certificate.xhtml?id=" + id).body())
                .contains(String.format("LS-2026-%06d", id))
                .contains("Cấp lần đầu")
                .contains("<svg")
                .contains("/verify/" + rows.verificationCode(id))
                .doesNotContain("revokeDialog");
        assertThat(holder.get("certification/my.xhtml").body())
                .contains("Mua sắm trực tuyến " + org.suffix)
                .contains("Hoàn thành khóa học «" + course + "»");
    }

    private String trainer() throws Exception {
        return org.account("trainer", null, null, "TRAINER");
    }

    private WebClient signedIn(String username) {
        WebClient client = new WebClient(base);
        client.signIn(username, TestDatabase.PASSWORD);
        return client;
    }
}
