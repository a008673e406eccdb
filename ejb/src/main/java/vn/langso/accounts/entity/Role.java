package vn.langso.accounts.entity;

/** What a person may do in LangSo; the names are also the container's security roles. */
public enum Role {
    ADMIN,
    COORDINATOR,
    TRAINER,
    TEAM_LEADER,
    MEMBER
}
