package vn.langso.web.api.org;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.langso.kernel.ImportError;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.ImportReport;
import vn.langso.org.boundary.OrganizationImport;
import vn.langso.org.control.CsvFormat;

/**
 * {@code POST /api/v1/imports/units}, {@code teams} or {@code members}, the CSV file as the body: the report of
 * what was created, updated and left unchanged, or 422 with every error of the file and nothing stored. Admins
 * only. The body must be declared {@code text/csv}: a form on another site can send {@code text/plain} without the
 * browser asking first, never {@code text/csv}.
 */
@Path("imports")
public class ImportsResource {

    @Inject
    OrganizationImport imports;

    @POST
    @Path("{kind}")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importCsv(@PathParam("kind") String kind, InputStream body) throws IOException {
        CsvFormat format = CsvFormat.named(kind).orElseThrow(NotFoundException::new);
        byte[] content = body.readNBytes(OrganizationImport.MAXIMUM_BYTES + 1);
        if (content.length > OrganizationImport.MAXIMUM_BYTES) {
            throw new ImportRejectedException(List.of(new ImportError(0, null, "imports.csv.tooLarge", List.of())));
        }
        return imports.importCsv(format, content);
    }
}
