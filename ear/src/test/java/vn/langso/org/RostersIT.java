package vn.langso.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.Members;
import vn.langso.org.boundary.MembershipView;
import vn.langso.org.boundary.Rosters;
import vn.langso.org.entity.TeamRole;

/** Runs inside the server: rosters and membership history through the boundaries, as real callers. */
@ExtendWith(ArquillianExtension.class)
class RostersIT {

    static final Set<String> ADMIN = Set.of("ADMIN");
    static final LocalDate MOVED_ON = LocalDate.of(2024, 6, 30);

    @Inject
    Rosters rosters;

    @Inject
    Members members;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    String admin;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(RostersIT.class, OrgFixture.class, OrgFixture.Connections.class, AccountRows.class);
    }

    @BeforeEach
    void ownOrganisation() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        admin = org.account("admin", null, null, "ADMIN");
    }

    @Test
    void movingAMemberToAnotherTeamKeepsTheEarlierMembershipInTheHistory() throws Exception {
        List<MembershipView> history = Caller.as(admin, ADMIN, () -> {
            MembershipView current = rosters.roster(org.teamA).get(0);
            rosters.end(current.id(), MOVED_ON);
            rosters.add(org.teamB, org.memberA, TeamRole.MEMBER, MOVED_ON.plusDays(1));
            return members.memberships(org.memberA);
        });

        assertThat(history).hasSize(2);
        assertThat(history.get(0).teamId()).isEqualTo(org.teamB);
        assertThat(history.get(0).open()).isTrue();
        assertThat(history.get(1).teamId()).isEqualTo(org.teamA);
        assertThat(history.get(1).endedOn()).isEqualTo(MOVED_ON);
        assertThat(Caller.as(admin, ADMIN, () -> rosters.history(org.teamA)))
                .extracting(MembershipView::memberId)
                .containsExactly(org.memberA);
        assertThat(Caller.as(admin, ADMIN, () -> rosters.roster(org.teamA))).isEmpty();
    }

    @Test
    void aMemberIsInOneTeamAtATime() {
        assertThatThrownBy(() -> Caller.as(
                        admin, ADMIN, () -> rosters.add(org.teamB, org.memberA, TeamRole.MEMBER, LocalDate.now())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("roster.alreadyInATeam");
    }

    @Test
    void aMembershipCannotEndBeforeItStarted() {
        assertThatThrownBy(() -> Caller.as(admin, ADMIN, () -> {
                    MembershipView current = rosters.roster(org.teamA).get(0);
                    return rosters.end(current.id(), current.startedOn().minusDays(1));
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("roster.endBeforeStart");
    }

    @Test
    void teamLeaderChangesTheRosterOfTheirOwnTeamOnly() throws Exception {
        String leader = org.account("leader", org.districtA, org.memberA, "TEAM_LEADER", "MEMBER");
        Set<String> roles = Set.of("TEAM_LEADER", "MEMBER");
        MembershipView own =
                Caller.as(leader, roles, () -> rosters.roster(org.teamA).get(0));

        MembershipView changed = Caller.as(leader, roles, () -> rosters.changeRole(own.id(), TeamRole.DEPUTY));

        assertThat(changed.teamRole()).isEqualTo(TeamRole.DEPUTY);
        assertThatThrownBy(() -> Caller.as(leader, roles, () -> rosters.changeRole(own.id(), TeamRole.LEADER)))
                .as("no longer the leader")
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> Caller.as(leader, roles, () -> rosters.roster(org.teamB)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void coordinatorReadsButDoesNotChangeRosters() throws Exception {
        String coordinator = org.account("coord", org.districtA, null, "COORDINATOR");
        Set<String> roles = Set.of("COORDINATOR");
        MembershipView leader =
                Caller.as(coordinator, roles, () -> rosters.roster(org.teamA).get(0));

        assertThat(leader.memberId()).isEqualTo(org.memberA);
        assertThatThrownBy(() -> Caller.as(coordinator, roles, () -> rosters.end(leader.id(), LocalDate.now())))
                .isInstanceOf(EJBAccessException.class);
    }
}
