package vn.langso.courses.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.Role;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.FileKind;
import vn.langso.courses.entity.StoredFile;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.OutreachService;

/** Writes what trainers type into a draft, checked first, and finds the files and trainers they name. */
@Dependent
public class CourseDescriber {

    @PersistenceContext
    EntityManager em;

    public void describe(
            CourseRevision draft,
            String title,
            String summary,
            Set<OutreachService> services,
            String language,
            Integer estimatedMinutes) {
        String checkedTitle = AuthoringChecks.title(title, "title");
        String checkedSummary = AuthoringChecks.summary(summary, "summary");
        String checkedLanguage = AuthoringChecks.language(language, "language");
        Integer checkedMinutes = AuthoringChecks.minutes(estimatedMinutes, "estimatedMinutes");
        draft.setTitle(checkedTitle);
        draft.setSummary(checkedSummary);
        draft.setLanguage(checkedLanguage);
        draft.setEstimatedMinutes(checkedMinutes);
        draft.getServices().clear();
        if (services != null) {
            draft.getServices().addAll(services);
        }
    }

    /** An uploaded file of this course, of one of the kinds; any other id is refused at the field. */
    public StoredFile file(Course course, long fileId, String field, FileKind... kinds) {
        StoredFile file = em.find(StoredFile.class, fileId);
        if (file == null || !file.getCourse().getId().equals(course.getId())) {
            throw new InvalidInputException(field, "authoring.file.unknown");
        }
        if (!List.of(kinds).contains(file.getKind())) {
            throw new InvalidInputException(field, "authoring.file.wrongKind");
        }
        return file;
    }

    /** An enabled trainer's account, who is not the owner already. */
    public Account coTrainer(Course course, String username) {
        List<Account> found = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username == null ? "" : username.trim())
                .getResultList();
        if (found.isEmpty()
                || !found.get(0).isEnabled()
                || !found.get(0).getRoles().contains(Role.TRAINER)) {
            throw new InvalidInputException("coTrainer", "authoring.coTrainer.notTrainer");
        }
        if (course.isOwnedBy(found.get(0))) {
            throw new InvalidInputException("coTrainer", "authoring.coTrainer.isOwner");
        }
        return found.get(0);
    }
}
