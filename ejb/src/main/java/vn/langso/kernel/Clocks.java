package vn.langso.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the whole application, in UTC, so that tests could replace it and stored times agree. */
@ApplicationScoped
public class Clocks {

    @Produces
    public Clock utc() {
        return Clock.systemUTC();
    }
}
