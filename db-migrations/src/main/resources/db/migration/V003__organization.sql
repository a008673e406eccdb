-- The organisation: administrative units (levels are data), teams, members and their memberships.
-- Names carry a search key (lower case, no diacritics, đ as d) written by the application, so that
-- "cho gao" finds "Chợ Gạo" on MySQL and MariaDB alike.

CREATE TABLE admin_level (
    id    BIGINT      NOT NULL AUTO_INCREMENT,
    depth INT         NOT NULL,
    code  VARCHAR(32) NOT NULL,
    name  VARCHAR(80) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_admin_level_depth UNIQUE (depth),
    CONSTRAINT uq_admin_level_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The default levels before the 2025 reform; a deployment after it keeps province, commune, hamlet.
INSERT INTO admin_level (depth, code, name) VALUES
    (0, 'PROVINCE', 'Tỉnh / thành phố'),
    (1, 'DISTRICT', 'Huyện / quận / thị xã / thành phố thuộc tỉnh'),
    (2, 'COMMUNE', 'Xã / phường / thị trấn'),
    (3, 'VILLAGE', 'Ấp / thôn / khu phố');

-- path is the chain of ids from the root, '/1/12/130/': a subtree is one prefix, an area scope one LIKE.
CREATE TABLE admin_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(150) NOT NULL,
    search_key  VARCHAR(150) NOT NULL,
    type_label  VARCHAR(40)  NOT NULL,
    level_id    BIGINT       NOT NULL,
    parent_id   BIGINT       NULL,
    path        VARCHAR(255) NOT NULL,
    households  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_admin_unit_code UNIQUE (code),
    CONSTRAINT fk_admin_unit_level FOREIGN KEY (level_id) REFERENCES admin_level (id),
    CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id),
    CONSTRAINT ck_admin_unit_households CHECK (households >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_admin_unit_path ON admin_unit (path);
CREATE INDEX ix_admin_unit_parent ON admin_unit (parent_id, name);
CREATE INDEX ix_admin_unit_search ON admin_unit (search_key);

CREATE TABLE team (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT       NOT NULL,
    name        VARCHAR(150) NOT NULL,
    search_key  VARCHAR(150) NOT NULL,
    founded_on  DATE         NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_team_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_team_unit ON team (unit_id, name);
CREATE INDEX ix_team_search ON team (search_key);

CREATE TABLE member (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    full_name   VARCHAR(120) NOT NULL,
    search_key  VARCHAR(120) NOT NULL,
    phone       VARCHAR(15)  NOT NULL,
    email       VARCHAR(254) NULL,
    birth_year  INT          NULL,
    gender      VARCHAR(16)  NULL,
    affiliation VARCHAR(120) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_member_phone UNIQUE (phone)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_member_search ON member (search_key);

-- A member is in at most one team at a time: at most one membership without an end date.
CREATE TABLE team_membership (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    team_id        BIGINT      NOT NULL,
    member_id      BIGINT      NOT NULL,
    team_role      VARCHAR(16) NOT NULL,
    started_on     DATE        NOT NULL,
    ended_on       DATE        NULL,
    open_member_id BIGINT GENERATED ALWAYS AS (CASE WHEN ended_on IS NULL THEN member_id END) STORED,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_membership_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_membership_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_membership_open UNIQUE (open_member_id),
    CONSTRAINT ck_membership_dates CHECK (ended_on IS NULL OR ended_on >= started_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_membership_team ON team_membership (team_id, ended_on);
CREATE INDEX ix_membership_member ON team_membership (member_id, started_on);

-- Accounts: the area a coordinator or team leader sees (a unit and its subtree), and the member a
-- person's account belongs to.
ALTER TABLE account
    ADD COLUMN scope_unit_id BIGINT NULL,
    ADD COLUMN member_id BIGINT NULL,
    ADD CONSTRAINT fk_account_scope_unit FOREIGN KEY (scope_unit_id) REFERENCES admin_unit (id),
    ADD CONSTRAINT fk_account_member FOREIGN KEY (member_id) REFERENCES member (id),
    ADD CONSTRAINT uq_account_member UNIQUE (member_id);
