package vn.langso.courses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.CourseDetails;
import vn.langso.courses.boundary.CourseEditorView;
import vn.langso.courses.boundary.CourseFiles;
import vn.langso.courses.boundary.CourseOutlineAuthoring;
import vn.langso.courses.boundary.LessonAuthoring;
import vn.langso.courses.boundary.LessonEdit;
import vn.langso.courses.boundary.LessonView;
import vn.langso.courses.boundary.StoredFileView;
import vn.langso.courses.entity.FileKind;
import vn.langso.courses.entity.LessonKind;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.WebClient;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.OutreachService;

/**
 * Runs inside the server: uploads through the boundary as a trainer, then fetches them over HTTP as the people who
 * may or may not see the course.
 */
@ExtendWith(ArquillianExtension.class)
class CourseFilesIT {

    static final Set<String> TRAINER = Set.of("TRAINER");
    static final int MB = 1024 * 1024;

    @Inject
    CourseFiles files;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseOutlineAuthoring outline;

    @Inject
    LessonAuthoring lessons;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    String trainer;
    String member;
    byte[] pdf;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                CourseFilesIT.class, FileCourseRows.class, FileRequests.class, AccountRows.class, WebClient.class);
    }

    @BeforeEach
    void ownAccounts() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            trainer = AccountRows.insert(connection, "trainer", AccountRows.PASSWORD, "TRAINER");
            member = AccountRows.insert(connection, "member", AccountRows.PASSWORD, "MEMBER");
        }
        pdf = pdf(300_000);
    }

    @Test
    void testFilesAreWrittenUnderTheBuildDirectory() {
        assertThat(System.getProperty("langso.data.dir")).contains("target");
    }

    @Test
    void anUploadOverItsKindsLimitIsRefusedWithTheLimitAndLeavesNoFileNorRow() throws Exception {
        long course = course(false);
        List<Path> before = storedFiles();

        assertThatThrownBy(() -> Caller.as(
                        trainer, TRAINER, () -> files.store(course, FileKind.IMAGE, "ảnh bìa.png", png(5 * MB + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("files.tooLarge");
                    assertThat(refused.arguments()).containsExactly(5);
                    assertThat(refused.field()).isEqualTo("file");
                });
        assertThat(rows(course)).isZero();
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void contentOfAnotherTypeIsRefusedWhateverItsName() throws Exception {
        long course = course(false);
        byte[] html = "<!DOCTYPE html><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Caller.as(
                        trainer,
                        TRAINER,
                        () -> files.store(course, FileKind.DOCUMENT, "bai-giang.pdf", new ByteArrayInputStream(html))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("files.typeRefused");
                    assertThat(refused.arguments().get(0).toString()).contains("PDF", "DOCX");
                });
        assertThatThrownBy(() ->
                        Caller.as(trainer, TRAINER, () -> files.store(course, FileKind.IMAGE, "bia.png", stream(pdf))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("files.typeRefused");
        assertThat(rows(course)).isZero();
    }

    @Test
    void aTrainerWhoDoesNotEditTheCourseCannotUploadToIt() throws Exception {
        long course = course(false);
        String other;
        try (Connection connection = dataSource.getConnection()) {
            other = AccountRows.insert(connection, "trainer", AccountRows.PASSWORD, "TRAINER");
        }

        assertThatThrownBy(() ->
                        Caller.as(other, TRAINER, () -> files.store(course, FileKind.DOCUMENT, "a.pdf", stream(pdf))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAcceptedPdfIsServedBackUnchangedAsADownloadToALearnerOfThePublishedCourse() throws Exception {
        long course = course(true);
        StoredFileView stored = Caller.as(
                trainer, TRAINER, () -> files.store(course, FileKind.DOCUMENT, "Bài giảng số 1.pdf", stream(pdf)));
        showInPublishedLesson(course, stored);

        HttpResponse<byte[]> response = as(member).get(stored.url(), null);

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(header(response, "Content-Type")).startsWith("application/pdf");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Content-Security-Policy")).contains("sandbox");
        assertThat(header(response, "Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename=\"Bai giang so 1.pdf\"")
                .contains("filename*=UTF-8''B%C3%A0i%20gi%E1%BA%A3ng%20s%E1%BB%91%201.pdf");
        assertThat(header(response, "Cache-Control")).isEqualTo("private");
    }

    @Test
    void aDraftCoursesFileIsNotFoundForAMemberButServedToItsTrainer() throws Exception {
        long course = course(false);
        StoredFileView stored =
                Caller.as(trainer, TRAINER, () -> files.store(course, FileKind.IMAGE, "bia.png", png(2_000)));

        assertThat(as(member).get(stored.url(), null).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> forTrainer = as(trainer).get(stored.url(), null);
        assertThat(forTrainer.statusCode()).isEqualTo(200);
        assertThat(header(forTrainer, "Content-Type")).isEqualTo("image/png");
        assertThat(header(forTrainer, "Content-Disposition")).startsWith("inline;");
        assertThat(as(member).get("/files/" + "0".repeat(32), null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFileOnlyTheNewDraftUsesIsNotFoundForAMemberUntilPublishedButServedToTheTrainer() throws Exception {
        CourseEditorView course = Caller.as(
                trainer,
                TRAINER,
                () -> authoring.create(new CourseDetails(
                        "Tệp của bản nháp " + System.nanoTime(), null, Set.of(OutreachService.VNEID), "vi", null)));
        StoredFileView cover =
                Caller.as(trainer, TRAINER, () -> files.store(course.id(), FileKind.IMAGE, "bia.png", png(2_000)));
        StoredFileView inText =
                Caller.as(trainer, TRAINER, () -> files.store(course.id(), FileKind.IMAGE, "hinh.png", png(3_000)));
        StoredFileView published =
                Caller.as(trainer, TRAINER, () -> files.store(course.id(), FileKind.DOCUMENT, "cu.pdf", stream(pdf)));
        LessonView document = Caller.as(trainer, TRAINER, () -> {
            authoring.setCover(course.id(), cover.id());
            long section =
                    outline.addSection(course.id(), "Phần 1").sections().get(0).id();
            LessonView text = outline.addLesson(section, LessonKind.TEXT, "Bài đọc");
            lessons.update(
                    text.id(),
                    new LessonEdit(
                            "Bài đọc",
                            "<p>Xem hình</p><img src=\"" + inText.url() + "\" alt=\"hình\" />",
                            null,
                            true,
                            5));
            LessonView lesson = outline.addLesson(section, LessonKind.DOCUMENT, "Tài liệu");
            lessons.attachFile(lesson.id(), published.id());
            authoring.publish(course.id());
            return lesson;
        });
        StoredFileView draftOnly =
                Caller.as(trainer, TRAINER, () -> files.store(course.id(), FileKind.DOCUMENT, "moi.pdf", stream(pdf)));
        Caller.as(trainer, TRAINER, () -> lessons.attachFile(document.id(), draftOnly.id()));
        FileRequests learner = as(member);

        assertThat(learner.get(draftOnly.url(), null).statusCode()).isEqualTo(404);
        assertThat(as(trainer).get(draftOnly.url(), null).statusCode()).isEqualTo(200);
        assertThat(learner.get(published.url(), null).statusCode()).isEqualTo(200);
        assertThat(learner.get(cover.url(), null).statusCode()).isEqualTo(200);
        assertThat(learner.get(inText.url(), null).statusCode()).isEqualTo(200);

        Caller.as(trainer, TRAINER, () -> authoring.publish(course.id()));

        assertThat(learner.get(draftOnly.url(), null).statusCode()).isEqualTo(200);
        assertThat(learner.get(published.url(), null).statusCode())
                .as("no longer used by what learners see")
                .isEqualTo(404);
    }

    @Test
    void anArchivedCourseTakesNoUploadAndKeepsNoFile() throws Exception {
        long course = course(true);
        try (Connection connection = dataSource.getConnection()) {
            FileCourseRows.archive(connection, course);
        }
        List<Path> before = storedFiles();

        assertThatThrownBy(() ->
                        Caller.as(trainer, TRAINER, () -> files.store(course, FileKind.DOCUMENT, "a.pdf", stream(pdf))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("authoring.course.archived");
        assertThat(rows(course)).isZero();
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aRangeRequestAnswersThePartialContent() throws Exception {
        long course = course(true);
        StoredFileView stored =
                Caller.as(trainer, TRAINER, () -> files.store(course, FileKind.DOCUMENT, "a.pdf", stream(pdf)));
        showInPublishedLesson(course, stored);
        FileRequests learner = as(member);

        HttpResponse<byte[]> middle = learner.get(stored.url(), "bytes=1000-1999");
        HttpResponse<byte[]> tail = learner.get(stored.url(), "bytes=-100");
        HttpResponse<byte[]> beyond = learner.get(stored.url(), "bytes=" + pdf.length + "-");

        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(pdf, 1000, 2000));
        assertThat(header(middle, "Content-Range")).isEqualTo("bytes 1000-1999/" + pdf.length);
        assertThat(header(middle, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(pdf, pdf.length - 100, pdf.length));
        assertThat(beyond.statusCode()).isEqualTo(416);
    }

    @Test
    void anUploadFormLargerThanTheServersTenMegabytePostLimitStillReachesThePage() throws Exception {
        String admin;
        try (Connection connection = dataSource.getConnection()) {
            admin = AccountRows.insert(connection, "admin", AccountRows.PASSWORD, "ADMIN");
        }
        FileRequests session = as(admin);
        String form = session.page("org/import.xhtml");

        HttpResponse<String> answer = session.postFile(
                "org/import.xhtml",
                Map.of(
                        "import",
                        "import",
                        "import:format",
                        "UNITS",
                        "import:upload",
                        "",
                        "jakarta.faces.ViewState",
                        WebClient.viewState(form)),
                "import:file",
                "lon.csv",
                12 * MB);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"import\"");
    }

    @Test
    void eachUploadFieldTellsTheBrowserItsKindsLimitAndWhatToSayOverIt() throws Exception {
        CourseEditorView course = Caller.as(
                trainer,
                TRAINER,
                () -> authoring.create(new CourseDetails(
                        "Giới hạn tệp " + System.nanoTime(), null, Set.of(OutreachService.VNEID), "vi", null)));
        List<LessonView> lessonsOfKinds = Caller.as(trainer, TRAINER, () -> {
            long section =
                    outline.addSection(course.id(), "Phần 1").sections().get(0).id();
            return List.of(
                    outline.addLesson(section, LessonKind.VIDEO, "Video"),
                    outline.addLesson(section, LessonKind.DOCUMENT, "Tài liệu"));
        });
        FileRequests session = as(trainer);

        String coursePage = session.page("authoring/course.xhtml?id=" + course.id());
        String videoPage = session.page(
                "authoring/lesson.xhtml?id=" + lessonsOfKinds.get(0).id());
        String documentPage = session.page(
                "authoring/lesson.xhtml?id=" + lessonsOfKinds.get(1).id());

        assertThat(coursePage).contains("data-p-sizelimit=\"5242880\"").contains("5 MB");
        assertThat(videoPage).contains("data-p-sizelimit=\"209715200\"").contains("200 MB");
        assertThat(documentPage).contains("data-p-sizelimit=\"20971520\"").contains("20 MB");
        assertThat(List.of(coursePage, videoPage, documentPage))
                .allSatisfy(page -> assertThat(page).contains("data-p-vmsg=").contains("PrimeFaces.vb("));
    }

    @Test
    void aFormOverTheServersUploadLimitIsSentToAPageThatSaysSoInsteadOfAServerError() throws Exception {
        long course = course(false);
        FileRequests session = as(trainer);
        String form = session.page("authoring/course.xhtml?id=" + course);

        HttpResponse<String> answer = session.postFile(
                "authoring/course.xhtml?id=" + course,
                Map.of(
                        "details",
                        "details",
                        "details:uploadCover",
                        "",
                        "jakarta.faces.ViewState",
                        WebClient.viewState(form)),
                "details:cover",
                "lon.png",
                225 * MB);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).endsWith("/authoring/upload-too-large.xhtml");
        assertThat(session.page("authoring/upload-too-large.xhtml")).contains("id=\"tooLargeTitle\"");
        assertThat(rows(course)).isZero();
    }

    private FileRequests as(String username) throws Exception {
        return FileRequests.signedIn(base, username, AccountRows.PASSWORD);
    }

    private long course(boolean published) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return FileCourseRows.course(connection, trainer, published);
        }
    }

    private void showInPublishedLesson(long course, StoredFileView file) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            FileCourseRows.publishedLessonShowing(connection, course, file.id());
        }
    }

    private long rows(long course) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return FileCourseRows.count(connection, "select count(*) from stored_file where course_id = " + course);
        }
    }

    private static List<Path> storedFiles() throws IOException {
        Path root = Path.of(System.getProperty("langso.data.dir")).resolve("files");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    /** A PDF header followed by binary noise: every byte value, so a changed byte would show. */
    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new Random(4).nextBytes(content);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static InputStream png(int size) {
        byte[] content = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, content, 0, signature.length);
        return stream(content);
    }
}
