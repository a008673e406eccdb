package vn.langso.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeyTest {

    @Test
    void vietnameseNamesLoseTheirDiacritics() {
        assertThat(SearchKey.of("Chợ Gạo")).isEqualTo("cho gao");
        assertThat(SearchKey.of("Tiền Giang")).isEqualTo("tien giang");
        assertThat(SearchKey.of("Nguyễn Thị Ánh Tuyết")).isEqualTo("nguyen thi anh tuyet");
    }

    @Test
    void dWithStrokeBecomesD() {
        assertThat(SearchKey.of("Đồng Tháp")).isEqualTo("dong thap");
        assertThat(SearchKey.of("Gò Công Đông")).isEqualTo("go cong dong");
    }

    @Test
    void spacesAreFolded() {
        assertThat(SearchKey.of("  Mỹ   Tho ")).isEqualTo("my tho");
    }

    @Test
    void likeWildcardsInTheInputAreLiteral() {
        assertThat(SearchKey.containing("50%_x")).isEqualTo("%50\\%\\_x%");
    }
}
