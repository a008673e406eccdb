package vn.langso.courses.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.accounts.entity.Account;
import vn.langso.courses.control.CourseAccess;
import vn.langso.courses.control.FileStore;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.courses.entity.FileKind;
import vn.langso.courses.entity.StoredFile;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;

/**
 * Files of courses: cover images, lesson videos and documents. Those who may edit a course upload to it, within each
 * kind's size limit and accepted types as recognised from the content. Editors read every file of their course;
 * learners only those the published revision uses, so nothing of an unpublished draft shows before it is published.
 */
@Stateless
public class CourseFiles {

    /** The field a refused upload is reported on. */
    public static final String FIELD = "file";

    private static final int NAME_LENGTH = 255;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    CourseAccess access;

    @Inject
    FileStore store;

    @Inject
    Clock clock;

    /**
     * Stores an upload for a course the caller may edit. Refused with {@code files.tooLarge} (the limit in MB),
     * {@code files.typeRefused} (the accepted types) or {@code files.empty}, on the field {@value #FIELD}; an archived
     * course takes no file, as nothing of it can be edited to use one.
     */
    @RolesAllowed({"ADMIN", "TRAINER"})
    public StoredFileView store(long courseId, FileKind kind, String originalName, InputStream content) {
        String username = session.getCallerPrincipal().getName();
        Course course = access.editable(username, courseId);
        if (course.getStatus() == CourseStatus.ARCHIVED) {
            throw new ConflictException("authoring.course.archived");
        }
        Account uploader = access.caller(username);
        if (content == null) {
            throw new InvalidInputException(FIELD, "files.empty");
        }
        FileStore.Stored stored = store.store(kind, content, FIELD);
        deleteIfRolledBack(stored.key());
        StoredFile file = new StoredFile(
                stored.key(),
                course,
                kind,
                displayName(originalName),
                stored.contentType(),
                stored.sizeBytes(),
                stored.sha256(),
                uploader,
                LocalDateTime.now(clock));
        em.persist(file);
        return StoredFileView.of(file);
    }

    /**
     * A file of a course the caller edits, or one the published revision of a course the caller may see uses; any
     * other key answers as not found.
     */
    @PermitAll
    public FileDownload open(String fileKey) {
        Path path = store.path(fileKey).orElseThrow(NotFoundException::new);
        List<StoredFile> found = em.createQuery(
                        "select f from StoredFile f join fetch f.course where f.fileKey = :key", StoredFile.class)
                .setParameter("key", fileKey)
                .getResultList();
        if (found.isEmpty() || !Files.isRegularFile(path)) {
            throw new NotFoundException();
        }
        StoredFile file = found.get(0);
        Account caller = access.caller(session.getCallerPrincipal().getName());
        Course course = file.getCourse();
        if (!access.mayEdit(caller, course)
                && !(access.maySee(caller, course) && (publishedUses(course, file) || questionShows(file)))) {
            throw new NotFoundException();
        }
        return new FileDownload(
                path, file.getKind(), file.getContentType(), file.getSizeBytes(), file.getOriginalName());
    }

    /** Whether the course's published revision shows the file: as its cover, a lesson's file, or in a lesson's text. */
    private boolean publishedUses(Course course, StoredFile file) {
        if (course.getPublishedRevision() == null) {
            return false;
        }
        return !em.createQuery(
                        "select 1 from CourseRevision r where r = :revision and (r.cover = :file or exists ("
                                + "select 1 from Lesson l where l.revision = r and (l.videoFile = :file"
                                + " or l.documentFile = :file or l.body like :reference)))",
                        Integer.class)
                .setParameter("revision", course.getPublishedRevision())
                .setParameter("file", file)
                .setParameter("reference", "%/files/" + file.getFileKey() + "%")
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Whether an active question of the course's bank shows the image. Asked in SQL, as the question bank is a
     * component built on courses, not one that courses know.
     */
    private boolean questionShows(StoredFile file) {
        return !em.createNativeQuery("select 1 from question where image_file_id = ? and active = true")
                .setParameter(1, file.getId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The bytes are on disk before the row is written: if the row is not committed, they go too. */
    private void deleteIfRolledBack(String key) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
    }

    /** Only the last segment of what the browser sent, as some send a whole path; never blank. */
    private static String displayName(String originalName) {
        String name = originalName == null ? "" : originalName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isBlank()) {
            name = "file";
        }
        return name.length() > NAME_LENGTH ? name.substring(name.length() - NAME_LENGTH) : name;
    }
}
