package vn.langso.coverage.boundary;

import vn.langso.kernel.OutreachService;

/**
 * One service's adoption funnel, households as of the period's end: helped (DONE or PARTIAL on some visit), of them
 * done, the rest still partial; and declined (refused on a visit and not helped since).
 */
public record ServiceFunnel(OutreachService service, long helped, long done, long partial, long declined) {

    public static ServiceFunnel of(OutreachService service, long helped, long done, long declined) {
        return new ServiceFunnel(service, helped, done, helped - done, declined);
    }
}
