package vn.langso.org.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.langso.kernel.SearchKey;

/** A team member (tổ viên): a person, whichever team they are in now. */
@Entity
public class Member {

    /** Vietnamese mobile numbers: ten digits from 03, 05, 07, 08 or 09. */
    public static final String MOBILE_PHONE = "0[35789][0-9]{8}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 120)
    private String fullName;

    private String searchKey;

    @NotBlank
    @Pattern(regexp = MOBILE_PHONE)
    private String phone;

    @Email
    @Size(max = 254)
    private String email;

    @Min(1900)
    @Max(2100)
    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Gender gender;

    @Size(max = 120)
    private String affiliation;

    @Version
    private long version;

    protected Member() {}

    public Member(String fullName, String phone) {
        this.fullName = fullName;
        this.phone = phone;
    }

    @PrePersist
    @PreUpdate
    void keepSearchKey() {
        searchKey = SearchKey.of(fullName);
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }
}
