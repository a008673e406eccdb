package vn.langso.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AccountTextsTest {

    @Test
    void everyAccountTextExistsInBothLanguages() throws IOException {
        Properties vietnamese = load("accounts_vi.properties");
        Properties english = load("accounts_en.properties");

        assertThat(vietnamese).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(vietnamese.keySet());
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = AccountTextsTest.class.getResourceAsStream("/vn/langso/web/i18n/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
