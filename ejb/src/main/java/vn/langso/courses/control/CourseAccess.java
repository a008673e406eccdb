package vn.langso.courses.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.Role;
import vn.langso.courses.entity.Course;
import vn.langso.kernel.NotFoundException;

/**
 * Who may see and who may edit a course. Editors are admins, the owner and the co-trainers; everyone signed in sees a
 * published course; an archived course stays visible to its editors and to members enrolled in it, so no record is
 * lost. A course the caller may not see answers exactly like one that does not exist.
 */
@Dependent
public class CourseAccess {

    @PersistenceContext
    EntityManager em;

    public Account caller(String username) {
        List<Account> found = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    /** The course, if the caller may edit it. */
    public Course editable(String username, long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null || !mayEdit(caller(username), course)) {
            throw new NotFoundException();
        }
        return course;
    }

    /** The course, if the caller may see its published content (or edit it). */
    public Course visible(String username, long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null || !maySee(caller(username), course)) {
            throw new NotFoundException();
        }
        return course;
    }

    public boolean mayEdit(Account account, Course course) {
        return account.getRoles().contains(Role.ADMIN)
                || (account.getRoles().contains(Role.TRAINER)
                        && (course.getOwner().getId().equals(account.getId())
                                || course.getCoTrainers().contains(account)));
    }

    public boolean maySee(Account account, Course course) {
        if (mayEdit(account, course)) {
            return true;
        }
        return switch (course.getStatus()) {
            case PUBLISHED -> true;
            case ARCHIVED -> isEnrolled(account, course);
            case DRAFT -> false;
        };
    }

    private boolean isEnrolled(Account account, Course course) {
        return account.getMember() != null
                && !em.createQuery(
                                "select 1 from Enrolment e where e.course = :course and e.member = :member",
                                Integer.class)
                        .setParameter("course", course)
                        .setParameter("member", account.getMember())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }
}
