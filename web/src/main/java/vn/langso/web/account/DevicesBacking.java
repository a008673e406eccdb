package vn.langso.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.langso.accounts.boundary.DeviceTokens;
import vn.langso.accounts.boundary.DeviceTokens.TokenView;
import vn.langso.kernel.NotFoundException;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/**
 * The phones signed in to the field app: one's own, or an account's for an admin ({@code ?account=ID}); each can be
 * signed out here, after a confirmation.
 */
@Named
@ViewScoped
public class DevicesBacking implements Serializable {

    @Inject
    DeviceTokens tokens;

    private String account;
    private Long accountId;
    private List<TokenView> devices = List.of();

    public void open() {
        accountId = Pages.id(account);
        if (account != null
                && (accountId == null
                        || !FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .isUserInRole("ADMIN"))) {
            Pages.notFound();
            return;
        }
        load();
    }

    public void revoke(long tokenId) {
        try {
            tokens.revoke(tokenId);
            Messages.info("devices.revoked");
        } catch (NotFoundException e) {
            Messages.error("devices.gone");
        }
        load();
    }

    private void load() {
        devices = accountId == null ? tokens.mine() : tokens.ofAccount(accountId);
    }

    public List<TokenView> getDevices() {
        return devices;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }
}
