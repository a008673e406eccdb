package vn.langso.web.org;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import vn.langso.kernel.BusinessException;
import vn.langso.org.boundary.UnitView;
import vn.langso.org.boundary.Units;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** The admin's changes on the units page: create a unit under a parent, edit one. */
@Named
@ViewScoped
public class UnitEditBacking implements Serializable {

    /** Unit codes as the entity allows them: letters without marks, digits, dot, dash, underscore. */
    static final String CODE = "[0-9A-Za-z._-]+";

    private static final Map<String, String> INPUTS = Map.of(
            "code", "createForm:unitCode",
            "parent", "createForm:parentCode",
            "name", "createForm:unitName",
            "typeLabel", "createForm:unitType",
            "households", "createForm:households");
    private static final Map<String, String> EDIT_INPUTS =
            Map.of("name", "editForm:unitName", "typeLabel", "editForm:unitType", "households", "editForm:households");

    @Inject
    Units units;

    @Inject
    UnitsBacking page;

    private UnitForm form = new UnitForm();

    public void startCreate() {
        form = new UnitForm();
        form.setParentCode(
                page.getSelected() == null ? null : page.getSelected().code());
    }

    public void startEdit() {
        form = UnitForm.of(page.getSelected());
    }

    public void create() {
        try {
            String code = Checks.matching(form.getCode(), CODE, 20, "code", "org.unit.codeFormat");
            String parentCode = Checks.text(form.getParentCode(), 20, "parent");
            Long parent = parentCode == null ? null : Pages.unitId(units, parentCode, "parent");
            UnitView created = units.create(code, name(), typeLabel(), parent, households());
            page.show(created.id());
            Messages.info("org.unit.created", created.name());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, INPUTS);
        }
    }

    public void save() {
        UnitView unit = page.getSelected();
        try {
            units.update(unit.id(), name(), typeLabel(), households(), unit.active());
            page.show(unit.id());
            Messages.info("org.unit.saved", form.getName().trim());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, EDIT_INPUTS);
        }
    }

    private String name() {
        return Checks.text(form.getName(), 150, "name");
    }

    private String typeLabel() {
        return Checks.text(form.getTypeLabel(), 40, "typeLabel");
    }

    private int households() {
        return Checks.between(form.getHouseholds(), 0, 10_000_000, "households");
    }

    public UnitForm getForm() {
        return form;
    }
}
