package vn.langso.web.authoring;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.langso.kernel.BusinessException;
import vn.langso.web.faces.Pages;

/** What the authoring pages share: who may open them, where they go next, refusals at their field. */
final class AuthoringPages {

    private AuthoringPages() {}

    /** Trainers and admins author; anyone else gets the 404 page, as for a course they may not edit. */
    static boolean allowedOr404() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (Stream.of("ADMIN", "TRAINER").anyMatch(external::isUserInRole)) {
            return true;
        }
        Pages.notFound();
        return false;
    }

    static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void refuse(BusinessException refusal, Map<String, String> inputs) {
        Pages.refuse(refusal, inputs);
    }

    static void refuse(BusinessException refusal) {
        Pages.refuse(refusal, Map.of());
    }

    /** The bundle key of a value of an enum: authoring.<kind>.<VALUE>. */
    static String key(String kind, Enum<?> value) {
        return "authoring." + kind + "." + value.name().toLowerCase(Locale.ROOT);
    }
}
