package vn.langso.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import vn.langso.accounts.boundary.Accounts;
import vn.langso.accounts.boundary.SignIn;

/** The one identity store: the accounts component, with its lockout rules. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignIn signIn = accounts.signIn(login.getCaller(), login.getPasswordAsString());
        if (!signIn.accepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                signIn.username(), signIn.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
