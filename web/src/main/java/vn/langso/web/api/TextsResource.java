package vn.langso.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import vn.langso.web.i18n.Text;

/**
 * {@code GET /api/v1/texts/field?lang=vi|en}, open to anyone: the texts of a static page (the offline field app) from
 * the same bundles as every other page, so that it too speaks Vietnamese first and English. Only listed areas.
 */
@Path("texts")
public class TextsResource {

    /** The published areas, each with the prefix of its keys: {@code field} is the offline field app. */
    static final Map<String, String> PUBLISHED = Map.of("field", "fieldapp.");

    @GET
    @Path("{area}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response texts(@PathParam("area") String area, @QueryParam("lang") String language) {
        String prefix = PUBLISHED.get(area);
        if (prefix == null) {
            return Problem.response(Response.Status.NOT_FOUND, "No such texts.");
        }
        ResourceBundle bundle = Text.forLocale("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
        Map<String, String> texts = new TreeMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            if (key.startsWith(prefix)) {
                texts.put(key, bundle.getString(key));
            }
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(texts).cacheControl(cache).build();
    }
}
