package vn.langso.web.api.org;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.langso.kernel.Page;
import vn.langso.org.boundary.UnitView;
import vn.langso.org.boundary.Units;

/**
 * {@code GET /api/v1/units?parent=CODE}: the children of a unit (without {@code parent}, the top of the caller's
 * area); {@code GET /api/v1/units/CODE}: one unit. A unit outside the caller's area answers 404.
 */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @Inject
    Units units;

    @GET
    public Page<UnitView> children(@QueryParam("parent") String parentCode) {
        Long parentId = parentCode == null || parentCode.isBlank()
                ? null
                : units.byCode(parentCode).id();
        List<UnitView> children = units.children(parentId);
        return new Page<>(children, children.size(), 0, children.size());
    }

    @GET
    @Path("{code}")
    public UnitView unit(@PathParam("code") String code) {
        return units.byCode(code);
    }
}
