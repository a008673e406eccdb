package vn.langso.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.ConflictException;
import vn.langso.sessions.boundary.CalendarFeeds;

/** Runs inside the server: a member's private calendar link is shown once, replaced by a new one, and ended. */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedsIT {

    static final Set<String> MEMBER = Set.of("MEMBER");

    @Inject
    CalendarFeeds feeds;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                CalendarFeedsIT.class, OrgFixture.class, OrgFixture.Connections.class, AccountRows.class);
    }

    @Test
    void aNewLinkEndsTheOldOneAndAnEndedLinkGivesNothing() throws Exception {
        OrgFixture org = OrgFixture.create(dataSource::getConnection);
        String member = org.account("member", null, org.memberA, "MEMBER");

        String first = Caller.as(member, MEMBER, () -> feeds.renew());
        String second = Caller.as(member, MEMBER, () -> feeds.renew());

        assertThat(second).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(40);
        assertThat(feeds.ics(first, "LangSo")).isEmpty();
        assertThat(feeds.ics(second, "LangSo"))
                .hasValueSatisfying(ics -> assertThat(ics).startsWith("BEGIN:VCALENDAR"));
        assertThat(Caller.as(member, MEMBER, () -> feeds.activeSince())).isPresent();

        Caller.as(member, MEMBER, () -> feeds.revoke());

        assertThat(feeds.ics(second, "LangSo")).isEmpty();
        assertThat(Caller.as(member, MEMBER, () -> feeds.activeSince())).isEmpty();
    }

    @Test
    void anAccountWithoutAMemberHasNoCalendarOfItsOwn() throws Exception {
        OrgFixture org = OrgFixture.create(dataSource::getConnection);
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");

        assertThat(Caller.as(coordinator, Set.of("COORDINATOR"), () -> feeds.available()))
                .isFalse();
        assertThatThrownBy(() -> Caller.as(coordinator, Set.of("COORDINATOR"), () -> feeds.renew()))
                .isInstanceOf(ConflictException.class);
    }
}
