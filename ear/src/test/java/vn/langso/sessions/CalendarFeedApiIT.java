package vn.langso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.it.TestDatabase;
import vn.langso.it.WebClient;
import vn.langso.kernel.SecretTokens;

/** A member's private calendar link read without signing in, by a real iCalendar parser, as a phone would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarFeedApiIT {

    static final LocalDate DAY = LocalDate.now().plusDays(9);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.langSo();
    }

    @Test
    void aPhonesCalendarReadsTheSessionsTheMemberLeadsInUtcWithTheCancelledOneMarked() throws Exception {
        OrgFixture org = OrgFixture.create();
        long hamlet = org.hamlet(org.communeA, "Ấp Lịch Điện Thoại");
        String led = "Ví điện tử, chuyển khoản; an toàn " + org.suffix;
        String others = "Buổi của tổ khác " + org.suffix;
        long ledSeries = series(hamlet, led);
        series(org.hamlet(org.communeB, "Ấp Khác"), others);
        TestDatabase.update(
                "insert into session_facilitator (series_id, member_id) values (?, ?)", ledSeries, org.memberA);
        TestDatabase.update(
                "update session_occurrence set status = 'CANCELLED', version = version + 1 where series_id = ?"
                        + " and starts_at > ?",
                ledSeries,
                DAY.atTime(23, 0));
        String token = SecretTokens.newToken();
        TestDatabase.update(
                "insert into calendar_feed (member_id, token_hash, created_at) values (?, ?, now())",
                org.memberA,
                SecretTokens.hash(token));

        HttpResponse<String> feed = new WebClient(base).get("api/v1/calendar/" + token + ".ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getSummary().orElseThrow().getValue()).isEqualTo(led);
        Temporal start = first.getStartDate().orElseThrow().getDate();
        assertThat(LocalDateTime.ofInstant(Instant.from(start), ZoneOffset.UTC)).isEqualTo(DAY.atTime(12, 30));
        assertThat(first.getStatus().orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(events.get(1).getStatus().orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(feed.body()).doesNotContain(others);

        TestDatabase.update("update calendar_feed set revoked_at = now() where member_id = ?", org.memberA);
        assertThat(new WebClient(base).get("api/v1/calendar/" + token + ".ics").statusCode())
                .isEqualTo(404);
        assertThat(new WebClient(base)
                        .get("api/v1/calendar/" + SecretTokens.newToken() + ".ics")
                        .statusCode())
                .isEqualTo(404);
    }

    /** A weekly series of two sessions at 19:30, Vietnam time, the first on DAY. */
    private static long series(long unit, String title) throws Exception {
        TestDatabase.update(
                "insert into session_series (unit_id, title, search_key, services, place, first_start,"
                        + " duration_minutes, rrule, planned_until, created_by, created_at) values (?, ?, 'x',"
                        + " 'VNEID', 'Nhà văn hoá', ?, 90, 'FREQ=WEEKLY;COUNT=2', ?, 'test', now())",
                unit,
                title,
                DAY.atTime(19, 30),
                DAY.plusDays(8).atTime(19, 30));
        long id = Long.parseLong(TestDatabase.text("select id from session_series where title = ?", title));
        for (int week = 0; week < 2; week++) {
            TestDatabase.update(
                    "insert into session_occurrence (series_id, unit_id, recurrence_start, starts_at, ends_at)"
                            + " values (?, ?, ?, ?, ?)",
                    id,
                    unit,
                    DAY.plusWeeks(week).atTime(19, 30),
                    DAY.plusWeeks(week).atTime(19, 30),
                    DAY.plusWeeks(week).atTime(21, 0));
        }
        return id;
    }
}
