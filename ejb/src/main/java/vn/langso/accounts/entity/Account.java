package vn.langso.accounts.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.org.entity.AdminUnit;
import vn.langso.org.entity.Member;

@Entity
// The roles in the same query: every API call looks its caller up, and a second select per call adds up under load.
@NamedQuery(
        name = Account.FIND_BY_USERNAME,
        query = "select a from Account a left join fetch a.roles left join fetch a.scopeUnit"
                + " where a.username = :username")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
@NamedQuery(
        name = Account.COUNT_BY_ROLE,
        query = "select r, count(a) from Account a join a.roles r group by r order by r")
public class Account {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String COUNT = "Account.count";
    public static final String COUNT_BY_ROLE = "Account.countByRole";

    static final int FAILED_SIGN_INS_BEFORE_LOCK = 5;
    /**
     * Short, because anyone can set it off: the client address that guessed is paused far longer by the sign-in
     * throttle, while the account's owner elsewhere waits only these minutes.
     */
    static final Duration LOCK_DURATION = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[a-z0-9._-]+")
    private String username;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "preferred_language")
    private String preferredLanguage = "vi";

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The area a coordinator or team leader sees: this unit and its subtree. */
    @ManyToOne(fetch = FetchType.LAZY)
    private AdminUnit scopeUnit;

    /** The team member this account belongs to, if it is a member's. */
    @OneToOne(fetch = FetchType.LAZY)
    private Member member;

    @Version
    private long version;

    protected Account() {}

    public Account(String username, String displayName, String passwordHash, Set<Role> roles, LocalDateTime now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        this.createdAt = now;
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the fifth in a row locks the account. */
    public void recordFailedSignIn(LocalDateTime now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedSignIns = 0;
        }
        failedSignIns++;
        if (failedSignIns >= FAILED_SIGN_INS_BEFORE_LOCK) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedSignIns = 0;
        }
    }

    public void recordSuccessfulSignIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.mustChangePassword = false;
    }

    public void resetPassword(String temporaryPasswordHash) {
        this.passwordHash = temporaryPasswordHash;
        this.mustChangePassword = true;
    }

    /** Ends a lock of wrong passwords before its time, when an administrator has reset the password. */
    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    /**
     * Changes whenever what lets this account in changes: its password, enabled flag or roles. A session or a
     * remembered API credential is good only while the stamp it saw is still the stamp.
     */
    public String securityStamp() {
        String state = passwordHash + "|" + enabled + "|" + new TreeSet<>(roles);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public Set<Role> getRoles() {
        Set<Role> copy = EnumSet.noneOf(Role.class);
        copy.addAll(roles);
        return copy;
    }

    public AdminUnit getScopeUnit() {
        return scopeUnit;
    }

    public void setScopeUnit(AdminUnit scopeUnit) {
        this.scopeUnit = scopeUnit;
    }

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
