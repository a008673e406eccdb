package vn.langso.org.boundary;

/** What a member list shows: a team's or a unit subtree's members whose name or phone contains a text. */
public record MemberFilter(Long teamId, Long unitId, String text) {

    public static MemberFilter all() {
        return new MemberFilter(null, null, null);
    }
}
