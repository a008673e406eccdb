package vn.langso.coverage.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.kernel.OutreachService;
import vn.langso.kernel.SearchKey;

/**
 * What a household's visits and sessions add up to. Every part is the earliest day something happened, so the state
 * of a household is its activities folded together in any order: a new visit is folded into the stored state
 * ({@link #with}) and gives what a recount of all of them gives ({@link #of}). Only taking something back (an edit,
 * an attendance removed) needs them all again.
 *
 * <ul>
 *   <li>reached: the day of its first visit or session attended;
 *   <li>per resident (known by name within the household, accents, case and spaces aside), the first day each basic
 *       digital skill was shown: ticked on a visit, or taught at a session the resident came to; the household has a
 *       proficient person from the first day one resident had all five;
 *   <li>per service: first helped (DONE or PARTIAL), first DONE, first declined. It counts as declined from that day
 *       until the day it was helped, if it declined before it was helped.
 * </ul>
 *
 * A household that is not registered (taken out of the registry) counts for nothing.
 */
public record HouseholdState(
        long unitId,
        boolean registered,
        LocalDate reachedOn,
        Map<String, Map<BasicDigitalSkill, LocalDate>> residents,
        Map<OutreachService, ServiceState> services) {

    /** First helped, first done and first declined (whenever it was). */
    public record ServiceState(LocalDate helpedOn, LocalDate doneOn, LocalDate declinedOn) {

        /** The day it counts as declined from: only a refusal before it was helped. */
        public LocalDate declinedBeforeHelp() {
            return declinedOn != null && (helpedOn == null || declinedOn.isBefore(helpedOn)) ? declinedOn : null;
        }
    }

    public static HouseholdState none(long unitId) {
        return new HouseholdState(unitId, false, null, Map.of(), Map.of());
    }

    public static HouseholdState of(long unitId, boolean registered, List<Activity> activities) {
        HouseholdState state = new HouseholdState(unitId, registered, null, Map.of(), Map.of());
        for (Activity activity : activities) {
            state = state.with(activity);
        }
        return state;
    }

    /** The state with one more activity folded in. */
    public HouseholdState with(Activity activity) {
        LocalDate day = activity.day();
        Map<String, Map<BasicDigitalSkill, LocalDate>> shown = new HashMap<>(residents);
        for (Activity.Resident resident : activity.residents()) {
            if (resident.skills().isEmpty()) {
                continue;
            }
            Map<BasicDigitalSkill, LocalDate> skills = new EnumMap<>(BasicDigitalSkill.class);
            skills.putAll(shown.getOrDefault(key(resident.name()), Map.of()));
            resident.skills().forEach(skill -> skills.merge(skill, day, HouseholdState::earlier));
            shown.put(key(resident.name()), Map.copyOf(skills));
        }
        Map<OutreachService, ServiceState> funnel = new EnumMap<>(OutreachService.class);
        funnel.putAll(services);
        activity.done().forEach(s -> funnel.merge(s, new ServiceState(day, day, null), HouseholdState::earliest));
        activity.partial().forEach(s -> funnel.merge(s, new ServiceState(day, null, null), HouseholdState::earliest));
        activity.declined().forEach(s -> funnel.merge(s, new ServiceState(null, null, day), HouseholdState::earliest));
        return new HouseholdState(unitId, registered, earlier(reachedOn, day), Map.copyOf(shown), Map.copyOf(funnel));
    }

    /** The same household in another hamlet or registry state (its history is its own). */
    public HouseholdState in(long unitId, boolean registered) {
        return new HouseholdState(unitId, registered, reachedOn, residents, services);
    }

    /** The first day one resident had shown all five skills; null if none has yet. */
    public LocalDate proficientOn() {
        LocalDate first = null;
        for (Map<BasicDigitalSkill, LocalDate> skills : residents.values()) {
            if (skills.size() == BasicDigitalSkill.values().length) {
                LocalDate all =
                        skills.values().stream().max(LocalDate::compareTo).orElseThrow();
                first = earlier(first, all);
            }
        }
        return first;
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
        LocalDate proficient = proficientOn();
        if (proficient != null) {
            adds.add(new Contribution(unitId, Measure.PROFICIENT, proficient));
        }
        services.forEach((service, state) -> {
            if (state.helpedOn() != null) {
                adds.add(new Contribution(unitId, Measure.helped(service), state.helpedOn()));
            }
            if (state.doneOn() != null) {
                adds.add(new Contribution(unitId, Measure.done(service), state.doneOn()));
            }
            LocalDate declined = state.declinedBeforeHelp();
            if (declined != null) {
                adds.add(new Contribution(unitId, Measure.declined(service), declined));
                if (state.helpedOn() != null) {
                    adds.add(new Contribution(unitId, Measure.declined(service), state.helpedOn(), -1));
                }
            }
        });
        return adds;
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

    /** The residents as stored: {@code name=SKILL:day,SKILL:day;...}, names in order. */
    public String residentsText() {
        StringBuilder text = new StringBuilder();
        residents.keySet().stream().sorted().forEach(name -> {
            text.append(text.isEmpty() ? "" : ";").append(name).append('=');
            StringBuilder skills = new StringBuilder();
            for (BasicDigitalSkill skill : BasicDigitalSkill.values()) {
                LocalDate day = residents.get(name).get(skill);
                if (day != null) {
                    skills.append(skills.isEmpty() ? "" : ",")
                            .append(skill.name())
                            .append(':')
                            .append(day);
                }
            }
            text.append(skills);
        });
        return text.toString();
    }

    /** The residents read back from {@link #residentsText()}. */
    public static Map<String, Map<BasicDigitalSkill, LocalDate>> parseResidents(String text) {
        Map<String, Map<BasicDigitalSkill, LocalDate>> residents = new HashMap<>();
        if (text != null && !text.isBlank()) {
            for (String entry : text.split(";")) {
                String[] nameAndSkills = entry.split("=", 2);
                Map<BasicDigitalSkill, LocalDate> skills = new EnumMap<>(BasicDigitalSkill.class);
                for (String skill : nameAndSkills[1].split(",")) {
                    String[] codeAndDay = skill.split(":", 2);
                    skills.put(BasicDigitalSkill.valueOf(codeAndDay[0]), LocalDate.parse(codeAndDay[1]));
                }
                residents.put(nameAndSkills[0], Map.copyOf(skills));
            }
        }
        return Map.copyOf(residents);
    }

    /** A resident's name as the household knows it: its search key, without the characters the stored text uses. */
    static String key(String name) {
        return SearchKey.of(name).replaceAll("[;=,:]", " ").strip();
    }

    private static ServiceState earliest(ServiceState a, ServiceState b) {
        return new ServiceState(
                earlier(a.helpedOn(), b.helpedOn()),
                earlier(a.doneOn(), b.doneOn()),
                earlier(a.declinedOn(), b.declinedOn()));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static String dayText(LocalDate day) {
        return day == null ? "-" : day.toString();
    }

    private static LocalDate day(String text) {
        return "-".equals(text) ? null : LocalDate.parse(text);
    }
}
