package vn.langso.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashVerifiesTheSamePasswordAndNoOther() {
        String hash = hasher.hash("Mật khẩu đúng");

        assertThat(hasher.matches("Mật khẩu đúng", hash)).isTrue();
        assertThat(hasher.matches("Mat khau dung", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void samePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("LangSo@2026")).isNotEqualTo(hasher.hash("LangSo@2026"));
    }

    @Test
    void hashNamesItsAlgorithmAndIterationsAndHidesThePassword() {
        String hash = hasher.hash("LangSo@2026");

        assertThat(hash).startsWith("pbkdf2-sha512$210000$").doesNotContain("LangSo");
    }

    @Test
    void iterationCountIsPartOfTheHash() {
        String oldHash = hasher.hash("LangSo@2026").replace("$210000$", "$1000$");

        assertThat(hasher.matches("LangSo@2026", oldHash)).isFalse();
    }

    @Test
    void malformedStoredHashNeverMatches() {
        assertThat(hasher.matches("x", "plain-text")).isFalse();
        assertThat(hasher.matches("x", "md5$1$a$b")).isFalse();
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        PasswordGenerator generator = new PasswordGenerator();

        assertThat(generator.generate()).hasSize(14).isNotEqualTo(generator.generate());
    }
}
