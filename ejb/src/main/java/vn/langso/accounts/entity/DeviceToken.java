package vn.langso.accounts.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

/**
 * A bearer token of the field app on one device. Only its SHA-256 is kept; it is good while not revoked and while the
 * account's security stamp is the one it was issued under (a password, enabled-flag or role change ends it).
 */
@Entity
public class DeviceToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Account account;

    private String tokenHash;
    private String deviceName;
    private String stamp;
    private LocalDateTime createdAt;
    private LocalDateTime lastUsedAt;
    private LocalDateTime revokedAt;

    protected DeviceToken() {}

    public DeviceToken(Account account, String tokenHash, String deviceName, LocalDateTime now) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.deviceName = deviceName;
        this.stamp = account.securityStamp();
        this.createdAt = now;
    }

    public boolean isValid() {
        return revokedAt == null && account.isEnabled() && stamp.equals(account.securityStamp());
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void used(LocalDateTime now) {
        lastUsedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getDeviceName() {
        return deviceName;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
