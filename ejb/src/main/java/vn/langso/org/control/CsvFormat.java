package vn.langso.org.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.langso.kernel.CsvColumns;

/**
 * The three CSV files of the organisation, as they are imported and exported: their columns in order, which of
 * them a file must have, and a sample. A file names its columns in a header line, in any order.
 */
public enum CsvFormat implements CsvColumns {
    UNITS(
            "units",
            List.of("code", "name", "type", "parent_code", "households", "active"),
            List.of("code", "name", "type"),
            """
            code,name,type,parent_code,households,active
            82,Tiền Giang,tỉnh,,500000,true
            822,Chợ Gạo,huyện,82,48000,true
            28594,Chợ Gạo,thị trấn,822,4200,true
            28594-01,Khu phố 1,khu phố,28594,1050,true
            """),
    TEAMS("teams", List.of("unit_code", "name", "founded_on", "active"), List.of("unit_code", "name"), """
            unit_code,name,founded_on,active
            28594,Tổ công nghệ số cộng đồng thị trấn Chợ Gạo,2022-03-15,true
            28594-01,"Tổ CNSCĐ khu phố 1, thị trấn Chợ Gạo",2022-04-01,true
            """),
    MEMBERS(
            "members",
            List.of(
                    "phone",
                    "full_name",
                    "email",
                    "birth_year",
                    "gender",
                    "affiliation",
                    "team_unit_code",
                    "team_name",
                    "team_role"),
            List.of("phone", "full_name"),
            """
            phone,full_name,email,birth_year,gender,affiliation,team_unit_code,team_name,team_role
            0912345678,Nguyễn Thị Mai,mai.nguyen@example.com,1990,nữ,Đoàn Thanh niên,28594,\
            Tổ công nghệ số cộng đồng thị trấn Chợ Gạo,LEADER
            0387654321,Trần Văn Hùng,,1978,MALE,"Trưởng khu phố 1, thị trấn Chợ Gạo",28594,\
            Tổ công nghệ số cộng đồng thị trấn Chợ Gạo,MEMBER
            0701234567,Lê Văn Tư,,,,,,,
            """);

    private final String fileName;
    private final List<String> columns;
    private final List<String> requiredColumns;
    private final String sample;

    CsvFormat(String fileName, List<String> columns, List<String> requiredColumns, String sample) {
        this.fileName = fileName;
        this.columns = columns;
        this.requiredColumns = requiredColumns;
        this.sample = sample;
    }

    /** {@code units}, {@code teams} or {@code members}: the name in URLs and file names. */
    public String fileName() {
        return fileName;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public boolean required(String column) {
        return requiredColumns.contains(column);
    }

    public String sample() {
        return sample;
    }

    public static Optional<CsvFormat> named(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (CsvFormat format : values()) {
            if (format.fileName.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
