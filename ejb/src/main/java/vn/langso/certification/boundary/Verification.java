package vn.langso.certification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import vn.langso.certification.entity.Certificate;
import vn.langso.kernel.LocalDates;

/** The public check of a certificate by its verification code: anyone holding the code may ask, signed in or not. */
@Stateless
@PermitAll
public class Verification {

    static final int MAXIMUM_CODE = 40;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<VerificationView> verify(String code) {
        if (code == null || code.isBlank() || code.length() > MAXIMUM_CODE) {
            return Optional.empty();
        }
        return em
                .createQuery(
                        "select c from Certificate c join fetch c.member join fetch c.skill"
                                + " where c.verificationCode = :code",
                        Certificate.class)
                .setParameter("code", code.trim())
                .getResultList()
                .stream()
                .findFirst()
                .map(c -> new VerificationView(
                        c.getMember().getFullName(),
                        c.getSkill().getName(),
                        c.getNumber(),
                        c.getIssuedOn(),
                        c.getExpiresOn(),
                        c.statusOn(LocalDates.today(clock)),
                        c.getRevokedAt() == null ? null : vietnameseDate(c.getRevokedAt())));
    }

    private static java.time.LocalDate vietnameseDate(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(LocalDates.VIETNAM)
                .toLocalDate();
    }
}
