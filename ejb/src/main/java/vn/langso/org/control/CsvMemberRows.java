package vn.langso.org.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.langso.kernel.CsvRow;
import vn.langso.kernel.CsvTable;
import vn.langso.org.control.CsvKeys.TeamKey;
import vn.langso.org.entity.Gender;
import vn.langso.org.entity.Member;
import vn.langso.org.entity.TeamRole;

/**
 * Checks a members file: phone, full_name, email, birth_year, gender, affiliation, team_unit_code, team_name,
 * team_role. A member is known by their phone. The team columns, when filled, name a stored team the member is to
 * be in now; left blank, the member's team stays as it is.
 */
public final class CsvMemberRows {

    public static final String PHONE = "phone";
    public static final String FULL_NAME = "full_name";
    public static final String EMAIL = "email";
    public static final String BIRTH_YEAR = "birth_year";
    public static final String GENDER = "gender";
    public static final String AFFILIATION = "affiliation";
    public static final String TEAM_UNIT_CODE = "team_unit_code";
    public static final String TEAM_NAME = "team_name";
    public static final String TEAM_ROLE = "team_role";

    /** Addresses Bean Validation's {@code @Email} accepts too, with a dot in the domain as mail needs in practice. */
    static final Pattern EMAIL_FORMAT = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]"
            + "([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    static final Map<String, Gender> GENDERS = Map.of(
            "female",
            Gender.FEMALE,
            "nu",
            Gender.FEMALE,
            "male",
            Gender.MALE,
            "nam",
            Gender.MALE,
            "other",
            Gender.OTHER,
            "khac",
            Gender.OTHER);

    static final Map<String, TeamRole> ROLES = Map.of(
            "leader",
            TeamRole.LEADER,
            "to truong",
            TeamRole.LEADER,
            "deputy",
            TeamRole.DEPUTY,
            "to pho",
            TeamRole.DEPUTY,
            "member",
            TeamRole.MEMBER,
            "to vien",
            TeamRole.MEMBER);

    /** A row that passed; {@code team} is {@code null} when the team columns are blank. */
    public record MemberRow(
            int line,
            String phone,
            String fullName,
            String email,
            Integer birthYear,
            Gender gender,
            String affiliation,
            TeamKey team,
            TeamRole role) {}

    private CsvMemberRows() {}

    public static List<MemberRow> check(CsvTable table, Map<TeamKey, List<Long>> teams, LocalDate today) {
        Map<String, Integer> lineOfPhone = new HashMap<>();
        List<MemberRow> rows = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            String phone = phone(row, lineOfPhone);
            String fullName = row.required(FULL_NAME, 120);
            String email = row.optional(EMAIL, 254);
            if (email != null && !EMAIL_FORMAT.matcher(email).matches()) {
                row.error(EMAIL, "imports.member.emailFormat", email);
            }
            Integer birthYear = row.integer(BIRTH_YEAR, 1900, today.getYear());
            Gender gender = row.choice(GENDER, GENDERS, "imports.member.gender");
            String affiliation = row.optional(AFFILIATION, 120);
            TeamKey team = team(row, teams);
            TeamRole role = row.choice(TEAM_ROLE, ROLES, "imports.member.role");
            if (role != null && team == null && row.text(TEAM_NAME) == null && row.text(TEAM_UNIT_CODE) == null) {
                row.error(TEAM_ROLE, "imports.member.roleWithoutTeam");
            }
            if (row.valid()) {
                rows.add(new MemberRow(
                        row.line(),
                        phone,
                        fullName,
                        email,
                        birthYear,
                        gender,
                        affiliation,
                        team,
                        team == null ? null : role == null ? TeamRole.MEMBER : role));
            }
        }
        return rows;
    }

    private static String phone(CsvRow row, Map<String, Integer> lineOfPhone) {
        String text = row.required(PHONE, 30);
        if (text == null) {
            return null;
        }
        String phone = CsvKeys.phone(text);
        if (!phone.matches(Member.MOBILE_PHONE)) {
            row.error(PHONE, "imports.member.phoneFormat", text);
            return null;
        }
        Integer firstLine = lineOfPhone.putIfAbsent(phone, row.line());
        if (firstLine != null) {
            row.error(PHONE, "imports.member.duplicate", phone, firstLine);
            return null;
        }
        return phone;
    }

    private static TeamKey team(CsvRow row, Map<TeamKey, List<Long>> teams) {
        String unitCode = row.optional(TEAM_UNIT_CODE, 20);
        String name = row.optional(TEAM_NAME, 150);
        if (unitCode == null && name == null) {
            return null;
        }
        if (unitCode == null || name == null) {
            row.error(unitCode == null ? TEAM_UNIT_CODE : TEAM_NAME, "imports.member.teamIncomplete");
            return null;
        }
        TeamKey key = CsvKeys.team(unitCode, name);
        int found = teams.getOrDefault(key, List.of()).size();
        if (found == 0) {
            row.error(TEAM_NAME, "imports.member.teamUnknown", name, unitCode);
            return null;
        }
        if (found > 1) {
            row.error(TEAM_NAME, "imports.member.teamAmbiguous", name, unitCode);
            return null;
        }
        return key;
    }
}
