package vn.langso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import vn.langso.accounts.boundary.Accounts;
import vn.langso.accounts.boundary.PasswordRejectedException;
import vn.langso.web.i18n.Messages;
import vn.langso.web.security.CurrentUser;
import vn.langso.web.security.SignInRedirect;
import vn.langso.web.security.SignedInCaller;

@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private String currentPassword;

    private String newPassword;

    private String confirmation;

    public void change() throws IOException {
        if (!newPassword.equals(confirmation)) {
            Messages.errorFor("password:confirmation", "password.confirmationDiffers");
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
        } catch (PasswordRejectedException rejected) {
            Messages.error(rejected.messageKey(), rejected.arguments().toArray());
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String username = currentUser.getProfile().username();
        SignedInCaller.restamp(
                (HttpSession) external.getSession(false),
                accounts.securityStamp(username).orElseThrow());
        currentUser.refresh();
        Messages.info("password.changed");
        external.redirect(external.getRequestContextPath() + SignInRedirect.HOME_PAGE);
    }

    public boolean isFirstSignIn() {
        return currentUser.isMustChangePassword();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
