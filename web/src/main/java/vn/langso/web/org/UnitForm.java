package vn.langso.web.org;

import java.io.Serializable;
import vn.langso.org.boundary.UnitView;

/** What the unit dialogs hold while the admin types. */
public class UnitForm implements Serializable {

    private String parentCode;
    private String code;
    private String name;
    private String typeLabel;
    private Integer households;

    static UnitForm of(UnitView unit) {
        UnitForm form = new UnitForm();
        form.code = unit.code();
        form.name = unit.name();
        form.typeLabel = unit.typeLabel();
        form.households = unit.households();
        return form;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTypeLabel() {
        return typeLabel;
    }

    public void setTypeLabel(String typeLabel) {
        this.typeLabel = typeLabel;
    }

    public Integer getHouseholds() {
        return households;
    }

    public void setHouseholds(Integer households) {
        this.households = households;
    }
}
