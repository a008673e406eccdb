package vn.langso.web.accounts;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.langso.accounts.boundary.AccountAdministration;
import vn.langso.accounts.boundary.AccountView;
import vn.langso.accounts.boundary.TemporaryPassword;
import vn.langso.accounts.entity.Role;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.web.i18n.Messages;
import vn.langso.web.security.CurrentUser;

/** One account's page: a new account, or an existing one's details. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    /** A new account's password reaches the page after the redirect in the flash: shown once, never stored. */
    static final String TEMPORARY_PASSWORD = "accounts.temporaryPassword";

    @Inject
    AccountAdministration administration;

    @Inject
    CurrentUser currentUser;

    private final AccountInput input = new AccountInput();
    /** The account's id from the address, as typed: anything but a number is an account that does not exist. */
    private String id;

    private AccountView account;
    private String temporaryPassword;

    public void open() throws IOException {
        if (AdminOnly.refused(currentUser) || id == null) {
            return;
        }
        try {
            show(administration.find(Long.parseLong(id.trim())));
            temporaryPassword = (String) FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .get(TEMPORARY_PASSWORD);
        } catch (NotFoundException | NumberFormatException notFound) {
            AdminOnly.notFound();
        }
    }

    public String save() {
        temporaryPassword = null;
        try {
            if (account == null) {
                TemporaryPassword created = administration.create(input.details());
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getFlash()
                        .put(TEMPORARY_PASSWORD, created.password());
                Messages.info("accounts.created", created.account().username());
                return "/accounts/account?faces-redirect=true&id="
                        + created.account().id();
            }
            show(administration.update(account.id(), input.details()));
            Messages.info("accounts.saved");
        } catch (InvalidInputException refused) {
            Refusals.show("account", refused);
        }
        return null;
    }

    void show(AccountView shown) {
        account = shown;
        input.fill(shown);
    }

    void showTemporaryPassword(String password) {
        temporaryPassword = password;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public AccountInput getInput() {
        return input;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AccountView getAccount() {
        return account;
    }

    public String getLockedUntil() {
        return account == null ? null : LockTimes.format(account.lockedUntil());
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }
}
