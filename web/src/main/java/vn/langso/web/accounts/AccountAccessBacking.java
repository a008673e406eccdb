package vn.langso.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.langso.accounts.boundary.AccountAdministration;
import vn.langso.accounts.boundary.AccountView;
import vn.langso.accounts.boundary.TemporaryPassword;
import vn.langso.kernel.InvalidInputException;
import vn.langso.web.i18n.Messages;

/** Whether an account may sign in, and with which password: the actions the page confirms first. */
@Named
@ViewScoped
public class AccountAccessBacking implements Serializable {

    @Inject
    AccountAdministration administration;

    @Inject
    AccountBacking page;

    public void toggleEnabled() {
        AccountView account = page.getAccount();
        page.showTemporaryPassword(null);
        try {
            AccountView changed = administration.setEnabled(account.id(), !account.enabled());
            page.show(changed);
            Messages.info(changed.enabled() ? "accounts.enabledNow" : "accounts.disabledNow", changed.username());
        } catch (InvalidInputException refused) {
            Refusals.show("access", refused);
        }
    }

    public void resetPassword() {
        TemporaryPassword reset = administration.resetPassword(page.getAccount().id());
        page.show(reset.account());
        page.showTemporaryPassword(reset.password());
        Messages.info("accounts.passwordReset", reset.account().username());
    }
}
