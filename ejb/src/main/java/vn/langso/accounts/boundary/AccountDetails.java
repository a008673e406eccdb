package vn.langso.accounts.boundary;

import java.util.Set;
import vn.langso.accounts.entity.Role;

/**
 * What the administrator types about an account. The scope unit is given by its official code, the member by
 * their phone number; either may be blank. The user name is read only when the account is created.
 */
public record AccountDetails(
        String username, String displayName, Set<Role> roles, String scopeCode, String memberPhone) {}
