package vn.langso.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
import vn.langso.kernel.PageRequest;
import vn.langso.notifications.boundary.NotificationView;
import vn.langso.notifications.boundary.Notifications;
import vn.langso.notifications.boundary.Notifier;

/** Runs inside the server: a notification is raised once per dedupe key, and a member reads and marks only theirs. */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    static final Set<String> MEMBER = Set.of("MEMBER");

    @Inject
    Notifier notifier;

    @Inject
    Notifications notifications;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    CertificateRows rows;
    String memberA;
    String memberB;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                NotificationsIT.class,
                CertificateRows.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                AccountRows.class);
    }

    @BeforeEach
    void twoMembersWithAccounts() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        rows = new CertificateRows(dataSource::getConnection);
        memberA = org.account("tovien", null, org.memberA, "MEMBER");
        memberB = org.account("tovien", null, org.memberB, "MEMBER");
    }

    @Test
    void aSecondNotificationWithTheSameKeyCreatesNothing() throws Exception {
        String key = "test:" + org.suffix;

        boolean first = inTransaction(() -> notifier.notifyOnce(
                org.memberA, key, "notifications.certificateRenewal", List.of("Kỹ năng, một", "01/01/2027"), "/x"));
        boolean second = inTransaction(() -> notifier.notifyOnce(
                org.memberA, key, "notifications.certificateRenewal", List.of("khác", "02/02/2027"), "/y"));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(rows.notificationKeys(org.memberA)).containsExactly(key);
        assertThat(rows.notificationArgs(org.memberA)).containsExactly("Kỹ năng, một\u001F01/01/2027");
    }

    @Test
    void aRolledBackNotificationLeavesTheKeyFree() throws Exception {
        String key = "test-rollback:" + org.suffix;
        transaction.begin();
        notifier.notifyOnce(org.memberA, key, "notifications.certificateRenewal", List.of(), null);
        transaction.rollback();

        assertThat(inTransaction(() ->
                        notifier.notifyOnce(org.memberA, key, "notifications.certificateRenewal", List.of(), null)))
                .isTrue();
    }

    @Test
    void aMemberReadsTheirOwnNewestFirstAndMarksThemRead() throws Exception {
        rows.notification(org.memberA, "a1:" + org.suffix, "notifications.certificateRenewal", "Một\u001F01/01/2027");
        rows.notification(org.memberA, "a2:" + org.suffix, "notifications.certificateRenewal", "Hai\u001F02/02/2027");
        long others = rows.notification(org.memberB, "b1:" + org.suffix, "notifications.certificateRenewal", "Ba");

        List<NotificationView> mine = Caller.as(
                memberA, MEMBER, () -> notifications.mine(PageRequest.first(10)).items());
        assertThat(mine).extracting(n -> n.args().get(0)).containsExactly("Hai", "Một");
        assertThat(mine).allMatch(NotificationView::unread);
        assertThat(Caller.as(memberA, MEMBER, () -> notifications.unreadCount()))
                .isEqualTo(2);

        Caller.as(memberA, MEMBER, () -> notifications.markRead(others));
        assertThat(Caller.as(memberB, MEMBER, () -> notifications.unreadCount()))
                .as("another member's notification stays unread")
                .isEqualTo(1);

        assertThat(Caller.as(memberA, MEMBER, () -> notifications.markAllRead()))
                .isEqualTo(2);
        assertThat(Caller.as(memberA, MEMBER, () -> notifications.unreadCount()))
                .isZero();
        assertThat(Caller.as(memberB, MEMBER, () -> notifications.unreadCount()))
                .isEqualTo(1);
    }

    @Test
    void anAccountWithoutAMemberHasNoNotifications() throws Exception {
        String trainer = org.account("trainer", null, null, "TRAINER");

        assertThat(Caller.as(trainer, Set.of("TRAINER"), () -> notifications
                        .mine(PageRequest.first(10))
                        .total()))
                .isZero();
        assertThat(Caller.as(trainer, Set.of("TRAINER"), () -> notifications.unreadCount()))
                .isZero();
    }

    @Test
    void anOverlongValueIsRefusedRatherThanCut() {
        assertThatThrownBy(() -> inTransaction(() -> notifier.notifyOnce(
                        org.memberA, "k".repeat(151), "notifications.certificateRenewal", List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
