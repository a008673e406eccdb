package vn.langso.learning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.courses.entity.CourseSection;
import vn.langso.courses.entity.Lesson;
import vn.langso.courses.entity.StoredFile;
import vn.langso.kernel.OutreachService;

/** Reads what a revision holds, a few queries per page however many lessons and courses it shows. */
@Dependent
public class RevisionContent {

    @PersistenceContext
    EntityManager em;

    public static String fileUrl(StoredFile file) {
        return file == null ? null : "/files/" + file.getFileKey();
    }

    public List<CourseSection> sections(long revisionId) {
        return em.createQuery(
                        "select s from CourseSection s where s.revision.id = :revision order by s.position, s.id",
                        CourseSection.class)
                .setParameter("revision", revisionId)
                .getResultList();
    }

    /** Every lesson of the revision in the course's order, sections first, with their files. */
    public List<Lesson> lessons(long revisionId) {
        return em.createQuery(
                        "select l from Lesson l join fetch l.section left join fetch l.videoFile"
                                + " left join fetch l.documentFile where l.revision.id = :revision"
                                + " order by l.section.position, l.section.id, l.position, l.id",
                        Lesson.class)
                .setParameter("revision", revisionId)
                .getResultList();
    }

    public Map<Long, Long> lessonCounts(Collection<Long> revisionIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!revisionIds.isEmpty()) {
            em.createQuery(
                            "select l.revision.id, count(l) from Lesson l where l.revision.id in :ids"
                                    + " group by l.revision.id",
                            Object[].class)
                    .setParameter("ids", revisionIds)
                    .getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    public Map<Long, List<OutreachService>> services(Collection<Long> revisionIds) {
        Map<Long, List<OutreachService>> services = new HashMap<>();
        if (!revisionIds.isEmpty()) {
            em.createQuery(
                            "select r.id, s from CourseRevision r join r.services s where r.id in :ids order by s",
                            Object[].class)
                    .setParameter("ids", revisionIds)
                    .getResultList()
                    .forEach(row -> services.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add((OutreachService) row[1]));
        }
        return services;
    }

    public Set<String> doneKeys(Long enrolmentId) {
        if (enrolmentId == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "select p.key.lessonKey from LessonProgress p where p.key.enrolmentId = :enrolment",
                        String.class)
                .setParameter("enrolment", enrolmentId)
                .getResultList());
    }
}
