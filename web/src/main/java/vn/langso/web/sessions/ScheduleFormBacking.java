package vn.langso.web.sessions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.OutreachService;
import vn.langso.learning.boundary.CourseCard;
import vn.langso.org.boundary.MemberRef;
import vn.langso.org.boundary.UnitRef;
import vn.langso.sessions.boundary.SeriesDetails;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.sessions.control.RecurrencePlan;
import vn.langso.sessions.control.RecurrencePlan.Repeat;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/**
 * The schedule dialog of the calendar: a new series, or a series changed from one of its sessions on ("this and
 * following"); kept as typed when it is refused.
 */
@Named
@ViewScoped
public class ScheduleFormBacking implements Serializable {

    /** The boundary's field names and the dialog's inputs that show their refusals. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("unit", "scheduleForm:unitCode"),
            Map.entry("title", "scheduleForm:title"),
            Map.entry("place", "scheduleForm:place"),
            Map.entry("services", "scheduleForm:services"),
            Map.entry("capacity", "scheduleForm:capacity"),
            Map.entry("durationMinutes", "scheduleForm:duration"),
            Map.entry("firstStart", "scheduleForm:firstStart"),
            Map.entry("facilitators", "scheduleForm:facilitators"),
            Map.entry("every", "scheduleForm:every"),
            Map.entry("until", "scheduleForm:until"),
            Map.entry("count", "scheduleForm:count"),
            Map.entry("courseId", "scheduleForm:course"));

    @Inject
    Sessions sessions;

    private String unitCode;
    private List<MemberRef> facilitatorChoices = List.of();
    private String title;
    // Arrays, not lists: Faces converts the ticked values by the array's type (a list's type is erased).
    private OutreachService[] services = {};
    private String place;
    private Integer capacity;
    private Long[] facilitators = {};
    private LocalDateTime firstStart;
    private int duration = 90;
    private Repeat repeat = Repeat.WEEKLY;
    private int every = 1;
    private DayOfWeek[] weekdays = {};
    private boolean endsOnDate;
    private LocalDate until;
    private Integer count = 8;
    /** The session a change of its series starts from, or null for a new series. */
    private Long followingFrom;

    private BasicDigitalSkill[] skills = {};
    private Long courseId;
    private String courseTitle;
    /** The course just picked in the search box; the box is empty again after it. */
    private Long pickedCourse;

    private List<CourseCard> courseChoices = List.of();

    public void start() {
        followingFrom = null;
        skills = new BasicDigitalSkill[0];
        courseId = null;
        courseTitle = null;
        title = null;
        place = null;
        capacity = null;
        services = new OutreachService[0];
        facilitators = new Long[0];
        firstStart = null;
        duration = 90;
        repeat = Repeat.WEEKLY;
        every = 1;
        weekdays = new DayOfWeek[0];
        endsOnDate = false;
        until = null;
        count = 8;
        unitCode = sessions.schedulingUnit().map(UnitRef::code).orElse(null);
        loadFacilitators();
    }

    /** The dialog filled with the series of a session, to change it from that session on. */
    public void startFollowing(long occurrenceId) {
        try {
            SeriesDetails series = sessions.detailsFrom(occurrenceId);
            followingFrom = occurrenceId;
            unitCode = sessions.unitToScheduleIn(series.unitId()).code();
            skills = series.skills().toArray(BasicDigitalSkill[]::new);
            courseId = series.courseId();
            courseTitle = series.courseId() == null ? null : sessions.courseTitle(series.courseId());
            title = series.title();
            place = series.place();
            capacity = series.capacity();
            services = series.services().toArray(OutreachService[]::new);
            facilitators = series.facilitatorIds().toArray(Long[]::new);
            firstStart = series.firstStart();
            duration = series.durationMinutes();
            RecurrencePlan plan = series.recurrence();
            repeat = plan.repeat();
            every = plan.every();
            weekdays = plan.weekdays().toArray(DayOfWeek[]::new);
            endsOnDate = plan.until() != null;
            until = plan.until();
            count = plan.count();
            loadFacilitators();
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
        }
    }

    /** The members who may lead sessions in the unit typed, once it is one the caller schedules in. */
    public void loadFacilitators() {
        facilitatorChoices = List.of();
        if (unitCode == null || unitCode.isBlank()) {
            return;
        }
        try {
            facilitatorChoices = sessions.facilitatorChoices(
                    sessions.unitToScheduleIn(unitCode).id());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
        }
    }

    public void schedule() {
        try {
            UnitRef unit = sessions.unitToScheduleIn(unitCode);
            SeriesDetails details = new SeriesDetails(
                    unit.id(),
                    title,
                    ticked(services),
                    ticked(skills),
                    courseId,
                    place,
                    capacity,
                    ticked(facilitators),
                    firstStart,
                    duration,
                    plan());
            if (followingFrom == null) {
                Messages.info("sessions.scheduled", sessions.schedule(details).size());
            } else {
                Messages.info(
                        "sessions.following.done",
                        sessions.changeFollowing(followingFrom, details).size());
                followingFrom = null;
            }
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
        }
    }

    private RecurrencePlan plan() {
        if (repeat == Repeat.ONCE) {
            return RecurrencePlan.once();
        }
        return new RecurrencePlan(
                repeat, every, ticked(weekdays), endsOnDate ? until : null, endsOnDate ? null : count);
    }

    private static <T> Set<T> ticked(T[] values) {
        return values == null ? Set.of() : Set.of(values);
    }

    public List<CourseCard> completeCourse(String text) {
        courseChoices = sessions.courseChoices(text);
        return courseChoices;
    }

    public void pickCourse() {
        courseChoices.stream()
                .filter(course -> pickedCourse != null && course.id() == pickedCourse)
                .findFirst()
                .ifPresent(course -> {
                    courseId = course.id();
                    courseTitle = course.title();
                });
        pickedCourse = null;
    }

    public void removeCourse() {
        courseId = null;
        courseTitle = null;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public Long getPickedCourse() {
        return pickedCourse;
    }

    public void setPickedCourse(Long pickedCourse) {
        this.pickedCourse = pickedCourse;
    }

    public boolean isFollowing() {
        return followingFrom != null;
    }

    public Repeat[] getRepeats() {
        return Repeat.values();
    }

    public BasicDigitalSkill[] getSkillChoices() {
        return BasicDigitalSkill.values();
    }

    public BasicDigitalSkill[] getSkills() {
        return skills;
    }

    public void setSkills(BasicDigitalSkill[] skills) {
        this.skills = skills;
    }

    public OutreachService[] getServiceChoices() {
        return OutreachService.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public List<MemberRef> getFacilitatorChoices() {
        return facilitatorChoices;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public OutreachService[] getServices() {
        return services;
    }

    public void setServices(OutreachService[] services) {
        this.services = services;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Long[] getFacilitators() {
        return facilitators;
    }

    public void setFacilitators(Long[] facilitators) {
        this.facilitators = facilitators;
    }

    public LocalDateTime getFirstStart() {
        return firstStart;
    }

    public void setFirstStart(LocalDateTime firstStart) {
        this.firstStart = firstStart;
    }

    public int getDuration() {
        return duration;
    }

    public void setDuration(int duration) {
        this.duration = duration;
    }

    public Repeat getRepeat() {
        return repeat;
    }

    public void setRepeat(Repeat repeat) {
        this.repeat = repeat;
    }

    public int getEvery() {
        return every;
    }

    public void setEvery(int every) {
        this.every = every;
    }

    public DayOfWeek[] getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(DayOfWeek[] weekdays) {
        this.weekdays = weekdays;
    }

    public boolean isEndsOnDate() {
        return endsOnDate;
    }

    public void setEndsOnDate(boolean endsOnDate) {
        this.endsOnDate = endsOnDate;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }
}
