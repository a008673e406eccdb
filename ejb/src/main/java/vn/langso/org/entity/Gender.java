package vn.langso.org.entity;

public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
