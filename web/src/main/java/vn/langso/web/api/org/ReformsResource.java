package vn.langso.web.api.org;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.langso.kernel.ImportError;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.org.boundary.UnitReform;

/**
 * {@code POST /api/v1/reforms?effective=2025-07-01} with a CSV mapping (old code → new code) as the body: merges the
 * units on that date, or with {@code dryRun=true} only says what it would do; 422 with every error and nothing
 * changed. {@code GET /api/v1/reforms/tien-giang-2025.csv}: the official mapping of Tiền Giang's communes into the new
 * Đồng Tháp, to try it on the demo province. Admins only.
 */
@Path("reforms")
public class ReformsResource {

    @Inject
    UnitReform reform;

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public UnitReform.Report apply(
            @QueryParam("effective") String effective,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            InputStream body)
            throws IOException {
        byte[] content = body.readNBytes(UnitReform.MAXIMUM_BYTES + 1);
        LocalDate day = day(effective);
        return dryRun ? reform.preview(day, content) : reform.apply(day, content);
    }

    @GET
    @Path("tien-giang-2025.csv")
    @Produces("text/csv")
    public Response officialMapping() {
        return Response.ok(reform.officialMapping())
                .header("Content-Disposition", "attachment; filename=\"tien-giang-2025.csv\"")
                .build();
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ImportRejectedException(
                    List.of(new ImportError(0, "effective", "reform.effectiveNeeded", List.of())));
        }
    }
}
