package vn.langso.org.boundary;

import vn.langso.org.entity.Gender;

/** What a person types about a member: everything but their team. */
public record MemberDetails(
        String fullName, String phone, String email, Integer birthYear, Gender gender, String affiliation) {}
