package vn.langso.accounts.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import vn.langso.accounts.control.AccountReader;
import vn.langso.accounts.control.AccountValidator;
import vn.langso.accounts.control.PasswordGenerator;
import vn.langso.accounts.control.PasswordHasher;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.Role;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.org.entity.AdminUnit;
import vn.langso.org.entity.Member;

/**
 * The administrator keeps the accounts: who may sign in, with which roles, seeing which area. Passwords are never
 * chosen here: a new or reset account gets a generated one, shown once and changed by its owner at the next
 * sign-in. No administrator can shut themselves out by disabling their own account or dropping their own role.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AccountAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    AccountReader reader;

    private final AccountValidator validator = new AccountValidator();
    private final PasswordHasher hasher = new PasswordHasher();
    private final PasswordGenerator generator = new PasswordGenerator();

    public Page<AccountView> list(AccountFilter filter, PageRequest request) {
        return reader.list(filter, request);
    }

    public long count(AccountFilter filter) {
        return reader.count(filter);
    }

    public AccountView find(long id) {
        return reader.find(id);
    }

    public TemporaryPassword create(AccountDetails details) {
        String username = validator.username(details.username());
        if (!em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultList()
                .isEmpty()) {
            throw new InvalidInputException("username", "accounts.usernameTaken", username);
        }
        String displayName = validator.displayName(details.displayName());
        Set<Role> roles = validator.roles(details.roles());
        AdminUnit scope = scopeUnit(roles, details.scopeCode());
        Member member = member(details.memberPhone(), null);
        String password = generator.generate();
        String hash = hasher.hash(password);
        Account account = new Account(username, displayName, hash, roles, LocalDateTime.now(clock));
        // Marks the generated password as temporary: its owner must choose their own at the first sign-in.
        account.resetPassword(hash);
        account.setScopeUnit(scope);
        account.setMember(member);
        em.persist(account);
        em.flush();
        return new TemporaryPassword(reader.find(account.getId()), password);
    }

    /** Changes all but the user name, which stays what people sign in with. */
    public AccountView update(long id, AccountDetails details) {
        Account account = found(id);
        String displayName = validator.displayName(details.displayName());
        Set<Role> roles = validator.roles(details.roles());
        validator.keepsOwnAdminRole(isCaller(account), roles);
        AdminUnit scope = scopeUnit(roles, details.scopeCode());
        Member member = member(details.memberPhone(), id);
        account.setDisplayName(displayName);
        account.setRoles(roles);
        account.setScopeUnit(scope);
        account.setMember(member);
        em.flush();
        return reader.find(id);
    }

    public AccountView setEnabled(long id, boolean enabled) {
        Account account = found(id);
        validator.keepsOwnAccountEnabled(isCaller(account), enabled);
        account.setEnabled(enabled);
        em.flush();
        return reader.find(id);
    }

    /** A new temporary password; the old one stops working at once, and so does a lock of wrong attempts. */
    public TemporaryPassword resetPassword(long id) {
        Account account = found(id);
        String password = generator.generate();
        account.resetPassword(hasher.hash(password));
        account.unlock();
        em.flush();
        return new TemporaryPassword(reader.find(id), password);
    }

    private AdminUnit scopeUnit(Set<Role> roles, String typedCode) {
        String code = validator.scopeCode(roles, typedCode);
        if (code == null) {
            return null;
        }
        return em.createQuery("select u from AdminUnit u where u.code = :code and u.validTo is null", AdminUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("scopeCode", "accounts.scopeUnknown", code));
    }

    /** The member with this phone, who must not belong to another account already. */
    private Member member(String typedPhone, Long accountId) {
        String phone = validator.memberPhone(typedPhone);
        if (phone == null) {
            return null;
        }
        Member member = em.createQuery("select p from Member p where p.phone = :phone", Member.class)
                .setParameter("phone", phone)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("memberPhone", "accounts.memberUnknown", phone));
        em.createQuery("select a from Account a where a.member = :member", Account.class)
                .setParameter("member", member)
                .getResultStream()
                .filter(holder -> !holder.getId().equals(accountId))
                .findFirst()
                .ifPresent(holder -> {
                    throw new InvalidInputException("memberPhone", "accounts.memberTaken", phone, holder.getUsername());
                });
        return member;
    }

    private Account found(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    private boolean isCaller(Account account) {
        return account.getUsername().equals(session.getCallerPrincipal().getName());
    }
}
