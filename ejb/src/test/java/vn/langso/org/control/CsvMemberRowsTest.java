package vn.langso.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.ImportError;
import vn.langso.org.control.CsvKeys.TeamKey;
import vn.langso.org.control.CsvMemberRows.MemberRow;
import vn.langso.org.entity.Gender;
import vn.langso.org.entity.TeamRole;

class CsvMemberRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final String HEADER =
            "phone,full_name,email,birth_year,gender,affiliation,team_unit_code,team_name,team_role\n";
    private static final Map<TeamKey, List<Long>> TEAMS =
            Map.of(CsvKeys.team("28594", "Tổ CNSCĐ khu phố 1"), List.of(11L));

    @Test
    void aCompleteRowAndOneWithOnlyTheRequiredCells() {
        CsvTable table = table("0912345678,Nguyễn Thị Mai,mai@example.com,1990,nữ,\"Đoàn Thanh niên, ấp 1\","
                + "28594,tổ cnscđ khu phố 1,Tổ trưởng\n"
                + "0701234567,Lê Văn Tư,,,,,,,\n");

        List<MemberRow> rows = CsvMemberRows.check(table, TEAMS, TODAY);

        assertThat(table.errors()).isEmpty();
        assertThat(rows.get(0))
                .isEqualTo(new MemberRow(
                        2,
                        "0912345678",
                        "Nguyễn Thị Mai",
                        "mai@example.com",
                        1990,
                        Gender.FEMALE,
                        "Đoàn Thanh niên, ấp 1",
                        CsvKeys.team("28594", "Tổ CNSCĐ khu phố 1"),
                        TeamRole.LEADER));
        assertThat(rows.get(1).team()).isNull();
        assertThat(rows.get(1).role()).isNull();
    }

    @Test
    void aTeamWithoutARoleMakesAMember() {
        CsvTable table = table("0912345678,Nguyễn Thị Mai,,,,,28594,Tổ CNSCĐ khu phố 1,\n");

        assertThat(CsvMemberRows.check(table, TEAMS, TODAY)).singleElement().satisfies(row -> assertThat(row.role())
                .isEqualTo(TeamRole.MEMBER));
    }

    @Test
    void phonesAreStoredAsTenDigitsWhateverTheSpreadsheetMadeOfThem() {
        CsvTable table = table("912345678,A,,,,,,,\n+84 38 765 4321,B,,,,,,,\n070.123.4567,C,,,,,,,\n");

        assertThat(CsvMemberRows.check(table, TEAMS, TODAY))
                .extracting(MemberRow::phone)
                .containsExactly("0912345678", "0387654321", "0701234567");
    }

    @Test
    void everyErrorOfEveryRowIsListed() {
        CsvTable table = table("0212345678,A,not-an-email,1850,unknown,,,,\n"
                + "0912345678,,,,,,28594,Tổ khác,LEADER\n"
                + "091 234 5678,C,,,,,28594,,\n"
                + "0387654321,D,,,,,,,DEPUTY\n");

        CsvMemberRows.check(table, TEAMS, TODAY);

        assertThat(table.errors())
                .containsExactly(
                        new ImportError(2, "phone", "imports.member.phoneFormat", List.of("0212345678")),
                        new ImportError(2, "email", "imports.member.emailFormat", List.of("not-an-email")),
                        new ImportError(2, "birth_year", "imports.field.range", List.of("1900", "2026")),
                        new ImportError(2, "gender", "imports.member.gender", List.of("unknown")),
                        new ImportError(3, "full_name", "imports.field.required", List.of()),
                        new ImportError(3, "team_name", "imports.member.teamUnknown", List.of("Tổ khác", "28594")),
                        new ImportError(4, "phone", "imports.member.duplicate", List.of("0912345678", "3")),
                        new ImportError(4, "team_name", "imports.member.teamIncomplete", List.of()),
                        new ImportError(5, "team_role", "imports.member.roleWithoutTeam", List.of()));
    }

    private static CsvTable table(String rows) {
        return CsvTable.read(HEADER + rows, CsvFormat.MEMBERS);
    }
}
