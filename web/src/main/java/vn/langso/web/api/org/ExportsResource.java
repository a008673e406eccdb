package vn.langso.web.api.org;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.ExportFilter;
import vn.langso.org.boundary.OrganizationExport;
import vn.langso.org.control.CsvFormat;
import vn.langso.web.org.imports.CsvDownloads;

/**
 * {@code GET /api/v1/exports/units.csv}, {@code teams.csv}, {@code members.csv}, with the optional filters
 * {@code unit} (code), {@code team} (id), {@code active}, {@code q}: the caller's area as CSV, in the import's
 * format.
 */
@Path("exports")
public class ExportsResource {

    @Inject
    OrganizationExport exports;

    @GET
    @Path("{kind}.csv")
    @Produces(CsvDownloads.CONTENT_TYPE)
    public Response export(@PathParam("kind") String kind, @Context UriInfo uri) {
        CsvFormat format = CsvFormat.named(kind).orElseThrow(NotFoundException::new);
        ExportFilter filter = CsvDownloads.filter(uri.getQueryParameters()::getFirst);
        // A filter outside the caller's area is refused here, while the answer can still be a 404.
        exports.requireVisible(filter);
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            exports.write(format, filter, out);
            out.flush();
        };
        return Response.ok(body)
                .header("Content-Disposition", CsvDownloads.contentDisposition(format))
                .header("Cache-Control", "no-store")
                .build();
    }
}
