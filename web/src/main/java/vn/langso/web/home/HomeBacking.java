package vn.langso.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import vn.langso.accounts.boundary.Accounts;
import vn.langso.accounts.entity.Role;
import vn.langso.web.security.CurrentUser;

@Named
@RequestScoped
public class HomeBacking {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private Map<Role, Long> accountsByRole = Map.of();

    @PostConstruct
    void load() {
        if (currentUser.hasRole(Role.ADMIN.name())) {
            accountsByRole = accounts.countByRole();
        }
    }

    public List<Map.Entry<Role, Long>> getAccountsByRole() {
        return List.copyOf(accountsByRole.entrySet());
    }

    public long getAccountTotal() {
        return accountsByRole.values().stream().mapToLong(Long::longValue).sum();
    }
}
