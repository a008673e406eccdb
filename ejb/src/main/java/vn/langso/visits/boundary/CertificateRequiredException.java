package vn.langso.visits.boundary;

import jakarta.ejb.ApplicationException;
import vn.langso.kernel.BusinessException;

/**
 * A gated service recorded DONE or PARTIAL by a member without a valid certificate of its skill on the visit's day.
 * The message names the skill and where to earn it.
 */
@ApplicationException(rollback = true)
public class CertificateRequiredException extends BusinessException {

    public CertificateRequiredException(String service, String skillName) {
        super("visit.certificateRequired", service, skillName);
    }

    @Override
    public int status() {
        return 422;
    }
}
