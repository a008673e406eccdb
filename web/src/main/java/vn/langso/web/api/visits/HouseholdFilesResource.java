package vn.langso.web.api.visits;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.langso.kernel.ImportError;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.visits.boundary.HouseholdImportReport;
import vn.langso.visits.boundary.HouseholdTransfer;

/**
 * {@code POST /api/v1/household-files} with a {@code text/csv} body: imports households (all or nothing, 422 with
 * every error by line and column). {@code GET /api/v1/household-files/households.csv?unit=ID}: the households of the
 * caller's area, or of a unit's subtree in it, with the same columns.
 */
@Path("household-files")
public class HouseholdFilesResource {

    @Inject
    HouseholdTransfer transfer;

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public HouseholdImportReport importCsv(InputStream body) throws IOException {
        byte[] content = body.readNBytes(HouseholdTransfer.MAXIMUM_BYTES + 1);
        if (content.length > HouseholdTransfer.MAXIMUM_BYTES) {
            throw new ImportRejectedException(List.of(new ImportError(0, null, "imports.csv.tooLarge", List.of())));
        }
        return transfer.importCsv(content);
    }

    @GET
    @Path("households.csv")
    public Response exportCsv(@QueryParam("unit") Long unit) {
        transfer.requireVisible(unit);
        StreamingOutput file = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            transfer.exportCsv(unit, writer);
            writer.flush();
        };
        return Response.ok(file, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"households.csv\"")
                .build();
    }
}
