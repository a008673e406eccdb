package vn.langso.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private static final Path ROOT = Path.of("/srv/langso");

    private static Properties rootedAt(Path root) {
        Properties system = new Properties();
        system.setProperty("langso.root", root.toString());
        return system;
    }

    @Test
    void withoutConfigurationItUsesTheEmbeddedMariaDbAndPathsUnderTheRoot() {
        LauncherSettings settings = LauncherSettings.from(Map.of(), rootedAt(ROOT));

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.kind()).isEqualTo(DatabaseKind.MARIADB);
        assertThat(settings.kind().dialect()).isEqualTo("org.hibernate.dialect.MariaDBDialect");
        assertThat(settings.embeddedPort()).isEqualTo(3316);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/langso/data"));
        assertThat(settings.serverDir()).isEqualTo(Path.of("/srv/langso/ear/target/server"));
    }

    @Test
    void theRootDefaultsToTheCurrentDirectory() {
        LauncherSettings settings = LauncherSettings.from(Map.of(), new Properties());

        assertThat(settings.root()).isEqualTo(Path.of("").toAbsolutePath());
    }

    @Test
    void aRelativeDataDirectoryIsResolvedAgainstTheRootAndAnAbsoluteOneKept() {
        assertThat(LauncherSettings.from(Map.of("LANGSO_DATA_DIR", "var/../state"), rootedAt(ROOT))
                        .dataDir())
                .isEqualTo(Path.of("/srv/langso/state"));
        assertThat(LauncherSettings.from(Map.of("LANGSO_DATA_DIR", "/var/lib/langso"), rootedAt(ROOT))
                        .dataDir())
                .isEqualTo(Path.of("/var/lib/langso"));
    }

    @Test
    void theServerDirectoryComesFromASystemProperty() {
        Properties system = rootedAt(ROOT);
        system.setProperty("langso.server.dir", "/opt/wildfly");

        assertThat(LauncherSettings.from(Map.of(), system).serverDir()).isEqualTo(Path.of("/opt/wildfly"));
    }

    @Test
    void anExternalUrlMeansNoEmbeddedDatabaseAndMySqlByDefault() {
        LauncherSettings settings = LauncherSettings.from(
                Map.of(
                        "LANGSO_DB_URL", "jdbc:mysql://db:3306/langso",
                        "LANGSO_DB_USER", "app",
                        "LANGSO_DB_PASSWORD", "secret"),
                rootedAt(ROOT));

        assertThat(settings.embedded()).isFalse();
        assertThat(settings.kind()).isEqualTo(DatabaseKind.MYSQL);
        assertThat(settings.kind().dialect()).isEqualTo("org.hibernate.dialect.MySQLDialect");
        assertThat(settings.externalUser()).contains("app");
        assertThat(settings.externalPassword()).contains("secret");
    }

    @Test
    void anExternalMariaDbIsNamedByKind() {
        LauncherSettings settings = LauncherSettings.from(
                Map.of("LANGSO_DB_URL", "jdbc:mysql://db/langso", "LANGSO_DB_KIND", "MariaDB"), rootedAt(ROOT));

        assertThat(settings.kind()).isEqualTo(DatabaseKind.MARIADB);
    }

    @Test
    void blankVariablesCountAsUnset() {
        LauncherSettings settings = LauncherSettings.from(
                Map.of("LANGSO_DB_URL", " ", "LANGSO_DB_KIND", "", "LANGSO_EMBEDDED_DB_PORT", ""), rootedAt(ROOT));

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.embeddedPort()).isEqualTo(3316);
    }

    @Test
    void theEmbeddedPortCanBeChosen() {
        assertThat(LauncherSettings.from(Map.of("LANGSO_EMBEDDED_DB_PORT", "3400"), rootedAt(ROOT))
                        .embeddedPort())
                .isEqualTo(3400);
    }

    @Test
    void wrongValuesAreRejectedWithTheVariableNamed() {
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("LANGSO_EMBEDDED_DB_PORT", "70000"), rootedAt(ROOT)))
                .hasMessageContaining("LANGSO_EMBEDDED_DB_PORT");
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("LANGSO_DB_KIND", "postgres"), rootedAt(ROOT)))
                .hasMessageContaining("LANGSO_DB_KIND");
        assertThatThrownBy(() -> LauncherSettings.from(Map.of("LANGSO_DB_KIND", "mysql"), rootedAt(ROOT)))
                .hasMessageContaining("needs LANGSO_DB_URL");
        assertThatThrownBy(() -> LauncherSettings.from(
                        Map.of("LANGSO_DB_URL", "jdbc:postgresql://db/langso?password=x"), rootedAt(ROOT)))
                .hasMessageContaining("LANGSO_DB_URL")
                .hasMessageNotContaining("password=x");
    }

    @Test
    void passwordsAreMaskedInUrlsThatAreShown() {
        assertThat(LauncherSettings.withoutPassword("jdbc:mysql://db:3306/langso?user=app&password=s3cret&useSSL=true"))
                .isEqualTo("jdbc:mysql://db:3306/langso?user=app&password=***&useSSL=true");
        assertThat(LauncherSettings.withoutPassword("jdbc:mysql://app:s3cret@db:3306/langso"))
                .isEqualTo("jdbc:mysql://app:***@db:3306/langso");
        assertThat(LauncherSettings.withoutPassword("jdbc:mysql://(host=db,user=app,password=s3cret)/langso"))
                .isEqualTo("jdbc:mysql://(host=db,user=app,password=***)/langso");
        assertThat(LauncherSettings.withoutPassword("jdbc:mysql://db/langso?password1=a&Password2=b"))
                .isEqualTo("jdbc:mysql://db/langso?password1=***&Password2=***");
        assertThat(LauncherSettings.withoutPassword("jdbc:mysql://db:3306/langso"))
                .isEqualTo("jdbc:mysql://db:3306/langso");
    }
}
