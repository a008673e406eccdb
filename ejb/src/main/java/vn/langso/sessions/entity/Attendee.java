package vn.langso.sessions.entity;

import jakarta.persistence.Embeddable;

/** A resident of a household who came to a session. */
@Embeddable
public class Attendee {

    private String name;
    private Integer birthYear;

    protected Attendee() {}

    public Attendee(String name, Integer birthYear) {
        this.name = name;
        this.birthYear = birthYear;
    }

    public String getName() {
        return name;
    }

    public Integer getBirthYear() {
        return birthYear;
    }
}
