package vn.langso.web.sessions;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.LocalDates;
import vn.langso.sessions.boundary.AttendanceBook;
import vn.langso.sessions.boundary.AttendanceView;
import vn.langso.sessions.boundary.CalendarChoice;
import vn.langso.sessions.boundary.CalendarFilter;
import vn.langso.sessions.boundary.OccurrenceView;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.sessions.entity.OccurrenceStatus;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/**
 * The village sessions calendar (sessions/calendar.xhtml): the caller's area, or a unit, team or facilitator in it,
 * loading only the range on screen; a
 * session picked opens its details and who came, which its scheduler may cancel or move.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    @Inject
    Sessions sessions;

    @Inject
    AttendanceBook attendanceBook;

    private final ScheduleModel calendar = new LazyScheduleModel() {
        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            CalendarFilter filter = only == null ? CalendarFilter.ALL : only.filter();
            for (OccurrenceView session : sessions.between(filter, start, end)) {
                addEvent(DefaultScheduleEvent.builder()
                        .id(String.valueOf(session.id()))
                        .title(session.title() + " · " + session.place())
                        .startDate(session.startsAt())
                        .endDate(session.endsAt())
                        .styleClass(session.status() == OccurrenceStatus.CANCELLED ? "ls-session-cancelled" : "")
                        .data(session.id())
                        .build());
            }
        }
    };

    /** The unit, team or facilitator the calendar is narrowed to; null for the caller's whole area. */
    private CalendarChoice only;

    private OccurrenceView chosen;
    private List<AttendanceView> attendance = List.of();
    private boolean mayChange;
    private boolean mayRecord;
    private String cancelReason;
    private LocalDateTime newStart;

    public void open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (Stream.of("ADMIN", "TRAINER", "COORDINATOR", "TEAM_LEADER", "MEMBER")
                .noneMatch(external::isUserInRole)) {
            Pages.notFound();
        }
    }

    public void choose(SelectEvent<ScheduleEvent<?>> selected) {
        show((Long) selected.getObject().getData());
    }

    void show(long occurrenceId) {
        chosen = sessions.occurrence(occurrenceId);
        attendance = attendanceBook.of(occurrenceId);
        mayChange = sessions.mayChange(occurrenceId);
        mayRecord = attendanceBook.mayRecord(occurrenceId);
        cancelReason = null;
        newStart = chosen.startsAt();
    }

    public void cancel() {
        try {
            chosen = sessions.cancel(chosen.id(), cancelReason);
            mayChange = false;
            Messages.info("sessions.cancelledNow");
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of("reason", "sessionForm:reason"));
        }
    }

    public void move() {
        try {
            chosen = sessions.move(chosen.id(), newStart);
            Messages.info("sessions.movedNow");
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of("startsAt", "sessionForm:newStart"));
        }
    }

    public List<CalendarChoice> completeFilter(String text) {
        return sessions.filterChoices(text);
    }

    public void showAll() {
        only = null;
    }

    public CalendarChoice getOnly() {
        return only;
    }

    public void setOnly(CalendarChoice only) {
        this.only = only;
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public OccurrenceView getChosen() {
        return chosen;
    }

    public List<AttendanceView> getAttendance() {
        return attendance;
    }

    /** Whether the caller may show this session's check-in code now: he takes its attendance, and it is on. */
    public boolean isCheckInOpen() {
        LocalDateTime now = LocalDates.nowInVietnam(Clock.systemUTC());
        return mayRecord
                && chosen != null
                && !now.isBefore(chosen.startsAt().minusHours(1))
                && !now.isAfter(chosen.endsAt());
    }

    public boolean isMayChange() {
        return mayChange;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public LocalDateTime getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDateTime newStart) {
        this.newStart = newStart;
    }
}
