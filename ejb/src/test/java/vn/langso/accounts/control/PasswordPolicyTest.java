package vn.langso.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(PasswordPolicy.refusal("tovien", "ngay mai troi lai sang")).isEmpty();
        assertThat(PasswordPolicy.refusal("tovien", "Xe-dap-Cho-Gao-1975")).isEmpty();
    }

    @Test
    void aShortOneIsRefusedWhateverItIs() {
        assertThat(PasswordPolicy.refusal("tovien", "Xe-dap-1975")).contains("password.tooShort");
        assertThat(PasswordPolicy.refusal("tovien", null)).contains("password.tooShort");
    }

    @Test
    void aFewCharactersRepeatedAreTooSimple() {
        assertThat(PasswordPolicy.refusal("tovien", "aaaaaaaaaaaa")).contains("password.tooSimple");
        assertThat(PasswordPolicy.refusal("tovien", "abababababab")).contains("password.tooSimple");
    }

    @Test
    void theUserNameInsideIsRefusedInAnyCase() {
        assertThat(PasswordPolicy.refusal("tovien", "xin chao TOVIEN 2026")).contains("password.containsName");
    }

    @Test
    void aCommonPasswordIsRefusedAlsoWithDigitsOrPunctuationAfterIt() {
        assertThat(PasswordPolicy.refusal("tovien", "123456789012")).contains("password.common");
        assertThat(PasswordPolicy.refusal("tovien", "MatKhau2026!!")).contains("password.common");
        assertThat(PasswordPolicy.refusal("tovien", "qwertyuiop123")).contains("password.common");
    }
}
