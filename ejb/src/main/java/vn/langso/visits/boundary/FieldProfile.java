package vn.langso.visits.boundary;

import java.util.List;
import vn.langso.kernel.BasicDigitalSkill;
import vn.langso.visits.entity.Outcome;

/** What the field app needs to start, also offline: who, which team and teammates, which hamlets, which services. */
public record FieldProfile(
        String username,
        String displayName,
        Long memberId,
        Team team,
        List<Person> teammates,
        List<Hamlet> hamlets,
        List<Service> services,
        List<BasicDigitalSkill> skills,
        List<Outcome> outcomes) {

    public record Team(long id, String name, String unitName) {}

    public record Person(long id, String name) {}

    public record Hamlet(long id, String code, String name, String parentName) {}

    /** {@code certified}: whether the caller may record it DONE or PARTIAL today. */
    public record Service(String code, boolean gated, String skillName, boolean certified) {}
}
