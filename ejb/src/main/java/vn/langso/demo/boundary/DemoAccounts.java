package vn.langso.demo.boundary;

import java.util.List;
import java.util.Set;
import vn.langso.accounts.entity.Role;

/** The demo sign-ins listed in the README: one per role, all with the same password. */
public final class DemoAccounts {

    public static final String PASSWORD = "LangSo@2026";

    public record DemoAccount(String username, String displayName, Set<Role> roles) {}

    public static final DemoAccount ADMIN = new DemoAccount("admin", "Quản trị tỉnh", Set.of(Role.ADMIN));
    public static final DemoAccount COORDINATOR =
            new DemoAccount("dieuphoi", "Nguyễn Thị Lan", Set.of(Role.COORDINATOR));
    public static final DemoAccount TRAINER = new DemoAccount("giangvien", "Trần Văn Minh", Set.of(Role.TRAINER));
    public static final DemoAccount TEAM_LEADER =
            new DemoAccount("totruong", "Lê Văn Hùng", Set.of(Role.TEAM_LEADER, Role.MEMBER));
    public static final DemoAccount MEMBER = new DemoAccount("tovien", "Phạm Thị Mai", Set.of(Role.MEMBER));

    public static final List<DemoAccount> ALL = List.of(ADMIN, COORDINATOR, TRAINER, TEAM_LEADER, MEMBER);

    private DemoAccounts() {}
}
