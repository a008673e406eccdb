package vn.langso.web.org;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.langso.org.boundary.MemberDetails;
import vn.langso.org.boundary.MemberView;
import vn.langso.org.entity.Gender;

/** What the member dialogs hold while the admin types, checked before it becomes {@link MemberDetails}. */
public class MemberForm implements Serializable {

    private static final String EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";

    private String fullName;
    private String phone;
    private String email;
    private Integer birthYear;
    private Gender gender;
    private String affiliation;

    static MemberForm of(MemberView member) {
        MemberForm form = new MemberForm();
        form.fullName = member.fullName();
        form.phone = member.phone();
        form.email = member.email();
        form.birthYear = member.birthYear();
        form.gender = member.gender();
        form.affiliation = member.affiliation();
        return form;
    }

    /** People write phone numbers in groups ("0912 345 678"); the boundary checks the digits. */
    MemberDetails details() {
        return new MemberDetails(
                Checks.text(fullName, 120, "fullName"),
                phone == null ? null : phone.replaceAll("[\\s.-]", ""),
                Checks.matching(email, EMAIL, 254, "email", "org.member.emailFormat"),
                Checks.between(birthYear, 1900, 2100, "birthYear"),
                gender,
                Checks.text(affiliation, 120, "affiliation"));
    }

    /** The inputs of a form with this id, by the field names refusals carry. */
    static Map<String, String> inputs(String formId) {
        return Map.of(
                "fullName", formId + ":fullName",
                "phone", formId + ":phone",
                "email", formId + ":email",
                "birthYear", formId + ":birthYear",
                "affiliation", formId + ":affiliation");
    }

    public List<Gender> getGenders() {
        return List.of(Gender.values());
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
