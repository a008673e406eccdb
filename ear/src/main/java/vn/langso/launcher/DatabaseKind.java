package vn.langso.launcher;

import java.util.Locale;

/** The database product, which decides the Hibernate dialect. */
enum DatabaseKind {
    MARIADB("org.hibernate.dialect.MariaDBDialect"),
    MYSQL("org.hibernate.dialect.MySQLDialect");

    private final String dialect;

    DatabaseKind(String dialect) {
        this.dialect = dialect;
    }

    String dialect() {
        return dialect;
    }

    String envValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DatabaseKind parse(String value) {
        for (DatabaseKind kind : values()) {
            if (kind.envValue().equalsIgnoreCase(value.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("LANGSO_DB_KIND must be mariadb or mysql, not '" + value + "'.");
    }
}
