package vn.langso.web.accounts;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import vn.langso.accounts.boundary.AccountDetails;
import vn.langso.accounts.boundary.AccountView;
import vn.langso.accounts.entity.Role;

/** The account form's fields as typed; the boundary cleans and checks them. */
public class AccountInput implements Serializable {

    private String username;
    private String displayName;
    /** An array, so that Faces converts the checked roles to the enum: a list's element type is erased. */
    private Role[] roles = {};

    private String scopeCode;
    private String memberPhone;

    void fill(AccountView account) {
        username = account.username();
        displayName = account.displayName();
        roles = account.roles().toArray(Role[]::new);
        scopeCode = account.scopeCode();
        memberPhone = account.memberPhone();
    }

    AccountDetails details() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            chosen.addAll(Arrays.asList(roles));
        }
        return new AccountDetails(username, displayName, chosen, scopeCode, memberPhone);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getScopeCode() {
        return scopeCode;
    }

    public void setScopeCode(String scopeCode) {
        this.scopeCode = scopeCode;
    }

    public String getMemberPhone() {
        return memberPhone;
    }

    public void setMemberPhone(String memberPhone) {
        this.memberPhone = memberPhone;
    }
}
