package vn.langso.web.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.visits.boundary.HouseholdInput;
import vn.langso.visits.boundary.HouseholdView;
import vn.langso.visits.boundary.Households;
import vn.langso.web.faces.Pages;

/**
 * Adds a household missing from the list. Before it is created the likely duplicates are shown (same name without
 * diacritics in the hamlet, same house number or phone); the user opens one of them or confirms a new household.
 */
@Named
@ViewScoped
public class NewHouseholdBacking implements Serializable {

    static final Map<String, String> INPUTS = Map.of(
            "unitId", "newHousehold:hamlet",
            "headName", "newHousehold:headName",
            "houseNumber", "newHousehold:houseNumber",
            "street", "newHousehold:street",
            "phone", "newHousehold:phone",
            "residents", "newHousehold:residents",
            "notes", "newHousehold:notes");

    @Inject
    Households households;

    private Long hamletId;
    private String headName;
    private String houseNumber;
    private String street;
    private String phone;
    private Integer residents = 1;
    private String notes;
    private List<HouseholdView> duplicates = List.of();
    private boolean duplicatesShown;

    public String save() {
        try {
            if (!duplicatesShown && hamletId != null && headName != null && !headName.isBlank()) {
                duplicates = households.likelyDuplicates(hamletId, headName, houseNumber, phone);
                if (!duplicates.isEmpty()) {
                    duplicatesShown = true;
                    return null;
                }
            }
            HouseholdView created = households
                    .create(new HouseholdInput(
                            null,
                            hamletId,
                            null,
                            headName,
                            houseNumber,
                            street,
                            phone,
                            residents,
                            notes,
                            null,
                            null,
                            null))
                    .household();
            return "/visits/household?faces-redirect=true&id=" + created.id();
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
            return null;
        }
    }

    /** Changing what identifies the household asks again for its duplicates. */
    public void changed() {
        duplicatesShown = false;
        duplicates = List.of();
    }

    public List<HouseholdView> getDuplicates() {
        return duplicates;
    }

    public boolean isDuplicatesShown() {
        return duplicatesShown;
    }

    public Long getHamletId() {
        return hamletId;
    }

    public void setHamletId(Long hamletId) {
        this.hamletId = hamletId;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Integer getResidents() {
        return residents;
    }

    public void setResidents(Integer residents) {
        this.residents = residents;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
