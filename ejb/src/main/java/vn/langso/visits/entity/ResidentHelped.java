package vn.langso.visits.entity;

import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langso.kernel.BasicDigitalSkill;

/** A resident helped on a visit, with the basic digital skills they showed then (stored as a list of codes). */
@Embeddable
public class ResidentHelped {

    private String name;
    private Integer birthYear;
    private String skills;

    protected ResidentHelped() {}

    public ResidentHelped(String name, Integer birthYear, Set<BasicDigitalSkill> skills) {
        this.name = name;
        this.birthYear = birthYear;
        this.skills = skills.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public String getName() {
        return name;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public Set<BasicDigitalSkill> getSkills() {
        EnumSet<BasicDigitalSkill> shown = EnumSet.noneOf(BasicDigitalSkill.class);
        if (skills != null && !skills.isBlank()) {
            Arrays.stream(skills.split(",")).map(BasicDigitalSkill::valueOf).forEach(shown::add);
        }
        return shown;
    }
}
