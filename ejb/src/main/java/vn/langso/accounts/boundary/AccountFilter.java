package vn.langso.accounts.boundary;

import vn.langso.accounts.entity.Role;

/** Which accounts a list shows: those whose user name or display name contains a text, of one role. */
public record AccountFilter(String text, Role role) {

    public static AccountFilter all() {
        return new AccountFilter(null, null);
    }
}
