package vn.langso.web.api.learning;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.langso.kernel.Page;
import vn.langso.learning.boundary.CatalogFilter;
import vn.langso.learning.boundary.CourseCard;
import vn.langso.learning.boundary.CourseCatalog;
import vn.langso.learning.boundary.CourseOutline;
import vn.langso.web.api.ApiRequests;

/**
 * The catalogue for the mobile and offline client. {@code GET /api/v1/courses?q=&service=&page=&size=&sort=}: the
 * published courses, {@code q} without diacritics if you like, {@code service} an outreach service code.
 * {@code GET /api/v1/courses/ID}: the published structure, sections and lessons with their stable {@code lessonKey},
 * which progress is recorded against, and the caller's enrolment. A draft, or a course the caller may not see, is 404.
 */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    CourseCatalog catalog;

    @GET
    public Page<CourseCard> list(
            @QueryParam("q") String text,
            @QueryParam("service") String service,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        return catalog.list(new CatalogFilter(text, LearningApi.service(service)), ApiRequests.page(page, size, sort));
    }

    @GET
    @Path("{id}")
    public CourseOutline course(@PathParam("id") long id) {
        return catalog.outline(id, false);
    }
}
