package vn.langso.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every answer and body of the API. Without it RESTEasy makes a fresh instance for each
 * answer, and Yasson learns the shape of every class again each time: a fifth of a visit write's CPU went there.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return ApiRequests.JSON;
    }
}
