package vn.langso.visits.control;

import jakarta.enterprise.context.ApplicationScoped;

/** Settings of the field work from the environment, each with a default that suits a team on foot. */
@ApplicationScoped
public class FieldSettings {

    /** More visits than this by one member within an hour raise a quality flag. */
    static final int DEFAULT_VISITS_PER_HOUR = 8;

    public int visitsPerHourLimit() {
        String configured = System.getenv("LANGSO_VISITS_PER_HOUR");
        try {
            return configured == null || configured.isBlank()
                    ? DEFAULT_VISITS_PER_HOUR
                    : Math.max(1, Integer.parseInt(configured.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_VISITS_PER_HOUR;
        }
    }
}
