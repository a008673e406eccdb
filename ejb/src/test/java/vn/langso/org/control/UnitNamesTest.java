package vn.langso.org.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langso.kernel.CsvReader;
import vn.langso.kernel.CsvTable;
import vn.langso.org.control.ReformMapping.Merge;

class UnitNamesTest {

    @Test
    void anOfficialNameLosesItsTypeWordWhichBecomesTheLabel() {
        assertThat(UnitNames.split("Phường Đạo Thạnh", null)).isEqualTo(new UnitNames.Split("Đạo Thạnh", "phường"));
        assertThat(UnitNames.split("Thị trấn Chợ Gạo", null)).isEqualTo(new UnitNames.Split("Chợ Gạo", "thị trấn"));
        assertThat(UnitNames.split("Thành phố Mỹ Tho", null)).isEqualTo(new UnitNames.Split("Mỹ Tho", "thành phố"));
        assertThat(UnitNames.split("Phường 5", null)).isEqualTo(new UnitNames.Split("5", "phường"));
    }

    @Test
    void aNameWithoutTypeWordKeepsTheTypeGivenIfAny() {
        assertThat(UnitNames.split("Xuân Đông", "Xã")).isEqualTo(new UnitNames.Split("Xuân Đông", "xã"));
        assertThat(UnitNames.split("Xã", null)).isEqualTo(new UnitNames.Split("Xã", null));
        assertThat(UnitNames.split("Xuân Đông", null).typeLabel()).isNull();
    }

    @Test
    void theOfficialMappingFileReadsAsItIsAndASplitUnitIsRefused() {
        String csv = "old_code,old_name,old_district_code,old_district_name,new_code,new_name,share\n"
                + "28249,Phường 5,815,Thành phố Mỹ Tho,28249,Phường Đạo Thạnh,whole\n"
                + "28252,Phường 4,815,Thành phố Mỹ Tho,28249,Phường Đạo Thạnh,whole\n"
                + "28300,Xã Bình Đông,816,Thị xã Gò Công,28301,Xã Mới,part\n";
        CsvTable table = CsvTable.read(CsvReader.decode(csv.getBytes(StandardCharsets.UTF_8)), ReformMapping.INSTANCE);
        List<Merge> merges = ReformMapping.merges(table);

        assertThat(merges)
                .containsExactly(
                        new Merge(2, "28249", "28249", "Đạo Thạnh", "phường", null),
                        new Merge(3, "28252", "28249", "Đạo Thạnh", "phường", null));
        assertThat(table.errors()).extracting(e -> e.messageKey()).containsExactly("reform.partNotSupported");
    }
}
