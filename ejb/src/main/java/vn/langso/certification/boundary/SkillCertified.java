package vn.langso.certification.boundary;

/** Of the members of an area's teams, how many hold a valid certificate of a skill. */
public record SkillCertified(String skillCode, String skillName, long members, long certified) {

    /** Share certified, one decimal; null without members. */
    public Double certifiedPercent() {
        return members == 0 ? null : Math.round(certified * 1000.0 / members) / 10.0;
    }
}
