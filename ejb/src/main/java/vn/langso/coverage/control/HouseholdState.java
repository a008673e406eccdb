package vn.langso.coverage.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;
import vn.langso.kernel.SearchKey;

/**
 * What a household's visits and sessions add up to, worked out from all of them at once, so that an edit or a late
 * visit gives the same state as a recount:
 *
 * <ul>
 *   <li>reached: the day of its first visit or session attended;
 *   <li>proficient: the first day on which one resident had shown all five basic digital skills, counting every skill
 *       ticked for them on a visit and every skill taught at a session they came to (a resident is known by name
 *       within the household, accents, case and spaces aside);
 *   <li>per service: first helped (DONE or PARTIAL), first DONE, and first declined before it was helped (if ever):
 *       declined from that day until the day it was helped.
 * </ul>
 *
 * A household that is not registered (taken out of the registry) counts for nothing.
 */
public record HouseholdState(
        long unitId,
        boolean registered,
        LocalDate reachedOn,
        LocalDate proficientOn,
        Map<OutreachService, ServiceState> services) {

    public record ServiceState(LocalDate helpedOn, LocalDate doneOn, LocalDate declinedOn) {}

    public static HouseholdState none(long unitId) {
        return new HouseholdState(unitId, false, null, null, Map.of());
    }

    public static HouseholdState of(long unitId, boolean registered, List<Activity> activities) {
        List<Activity> inOrder = new ArrayList<>(activities);
        inOrder.sort(Comparator.comparing(Activity::day));
        LocalDate reached = inOrder.isEmpty() ? null : inOrder.get(0).day();
        LocalDate proficient = null;
        Map<String, Set<BasicDigitalSkill>> shown = new HashMap<>();
        Map<OutreachService, LocalDate> helped = new EnumMap<>(OutreachService.class);
        Map<OutreachService, LocalDate> done = new EnumMap<>(OutreachService.class);
        Map<OutreachService, LocalDate> declined = new EnumMap<>(OutreachService.class);
        for (Activity activity : inOrder) {
            for (Activity.Resident resident : activity.residents()) {
                Set<BasicDigitalSkill> skills = shown.computeIfAbsent(
                        SearchKey.of(resident.name()), name -> EnumSet.noneOf(BasicDigitalSkill.class));
                skills.addAll(resident.skills());
                if (proficient == null && skills.size() == BasicDigitalSkill.values().length) {
                    proficient = activity.day();
                }
            }
            activity.done().forEach(service -> {
                helped.putIfAbsent(service, activity.day());
                done.putIfAbsent(service, activity.day());
            });
            activity.partial().forEach(service -> helped.putIfAbsent(service, activity.day()));
            activity.declined().forEach(service -> declined.putIfAbsent(service, activity.day()));
        }
        Map<OutreachService, ServiceState> services = new EnumMap<>(OutreachService.class);
        for (OutreachService service : OutreachService.values()) {
            LocalDate helpedOn = helped.get(service);
            LocalDate firstDeclined = declined.get(service);
            LocalDate declinedOn = firstDeclined != null && (helpedOn == null || firstDeclined.isBefore(helpedOn))
                    ? firstDeclined
                    : null;
            if (helpedOn != null || declinedOn != null) {
                services.put(service, new ServiceState(helpedOn, done.get(service), declinedOn));
            }
        }
        return new HouseholdState(unitId, registered, reached, proficient, Map.copyOf(services));
    }

    /** The services as stored: {@code SERVICE=helped/done/declined;...}, a day or {@code -} each, in enum order. */
    public String servicesText() {
        StringBuilder text = new StringBuilder();
        for (OutreachService service : OutreachService.values()) {
            ServiceState state = services.get(service);
            if (state != null) {
                text.append(text.isEmpty() ? "" : ";")
                        .append(service.name())
                        .append('=')
                        .append(dayText(state.helpedOn()))
                        .append('/')
                        .append(dayText(state.doneOn()))
                        .append('/')
                        .append(dayText(state.declinedOn()));
            }
        }
        return text.toString();
    }

    /** The services read back from {@link #servicesText()}. */
    public static Map<OutreachService, ServiceState> parseServices(String text) {
        Map<OutreachService, ServiceState> services = new EnumMap<>(OutreachService.class);
        if (text != null && !text.isBlank()) {
            for (String entry : text.split(";")) {
                String[] nameAndDays = entry.split("=", 2);
                String[] days = nameAndDays[1].split("/", -1);
                services.put(
                        OutreachService.valueOf(nameAndDays[0]),
                        new ServiceState(day(days[0]), day(days[1]), day(days[2])));
            }
        }
        return Map.copyOf(services);
    }

    private static String dayText(LocalDate day) {
        return day == null ? "-" : day.toString();
    }

    private static LocalDate day(String text) {
        return "-".equals(text) ? null : LocalDate.parse(text);
    }

    /** What the household adds to its hamlet's counters: one for each measure, on the day it began to count. */
    public List<Contribution> contributions() {
        if (!registered) {
            return List.of();
        }
        List<Contribution> adds = new ArrayList<>();
        adds.add(new Contribution(unitId, Measure.HOUSEHOLDS, null));
        if (reachedOn != null) {
            adds.add(new Contribution(unitId, Measure.REACHED, reachedOn));
        }
        if (proficientOn != null) {
            adds.add(new Contribution(unitId, Measure.PROFICIENT, proficientOn));
        }
        services.forEach((service, state) -> {
            if (state.helpedOn() != null) {
                adds.add(new Contribution(unitId, Measure.helped(service), state.helpedOn()));
            }
            if (state.doneOn() != null) {
                adds.add(new Contribution(unitId, Measure.done(service), state.doneOn()));
            }
            if (state.declinedOn() != null) {
                adds.add(new Contribution(unitId, Measure.declined(service), state.declinedOn()));
                if (state.helpedOn() != null) {
                    adds.add(new Contribution(unitId, Measure.declined(service), state.helpedOn(), -1));
                }
            }
        });
        return adds;
    }
}
