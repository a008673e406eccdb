package vn.langso.web.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import vn.langso.accounts.boundary.AccountAdministration;
import vn.langso.accounts.boundary.AccountView;
import vn.langso.accounts.entity.Role;
import vn.langso.web.security.CurrentUser;

/** The accounts page: the list, searched by name and filtered by role. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    static final String TABLE = "accounts:table";

    @Inject
    AccountAdministration administration;

    @Inject
    CurrentUser currentUser;

    private AccountList accounts;
    private String text;
    private Role role;

    @PostConstruct
    void init() {
        accounts = new AccountList(administration);
    }

    public void open() throws IOException {
        if (!AdminOnly.refused(currentUser)) {
            accounts.filter(text, role);
        }
    }

    /** A new search starts again at the first page. */
    public void search() {
        accounts.filter(text, role);
        DataTable table =
                (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public String lockedUntil(AccountView account) {
        return LockTimes.format(account.lockedUntil());
    }

    public AccountList getAccounts() {
        return accounts;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
