package vn.langso.coverage.control;

import vn.langso.kernel.OutreachService;

/**
 * The names of the counters kept per hamlet. Households, reached and proficient count households; visits and
 * attendances count events, and so do each author's visits; per service, households helped, done and declined
 * (helped but not done is partial).
 */
public final class Measure {

    public static final String HOUSEHOLDS = "HOUSEHOLDS";
    public static final String REACHED = "REACHED";
    public static final String PROFICIENT = "PROFICIENT";
    public static final String VISITS = "VISITS";
    public static final String ATTENDANCES = "ATTENDANCES";
    public static final String AUTHOR_PREFIX = "AUTHOR.";

    private Measure() {}

    /** Visits a member logged: who was active in a period, and each member's own contribution. */
    public static String visitsBy(long memberId) {
        return AUTHOR_PREFIX + memberId;
    }

    public static String helped(OutreachService service) {
        return "HELPED." + service.name();
    }

    public static String done(OutreachService service) {
        return "DONE." + service.name();
    }

    public static String declined(OutreachService service) {
        return "DECLINED." + service.name();
    }
}
