package vn.langso.accounts.boundary;

/**
 * A password the system made up for an account, to be shown to the administrator once and changed by its owner
 * at the next sign-in. Only its hash is stored.
 */
public record TemporaryPassword(AccountView account, String password) {

    @Override
    public String toString() {
        return "TemporaryPassword[" + account.username() + "]";
    }
}
