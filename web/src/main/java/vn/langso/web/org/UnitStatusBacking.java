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

/**
 * The admin's changes that ask for confirmation first: moving the chosen unit, with its whole subtree, under
 * another parent named by code; deactivating it, or activating it again.
 */
@Named
@ViewScoped
public class UnitStatusBacking implements Serializable {

    private static final String INPUT = "moveForm:newParentCode";

    @Inject
    Units units;

    @Inject
    UnitsBacking page;

    private String newParentCode;

    public void start() {
        newParentCode = null;
    }

    public void move() {
        UnitView unit = page.getSelected();
        try {
            units.move(unit.id(), Pages.unitId(units, newParentCode, "newParent"));
            page.show(unit.id());
            Messages.info("org.unit.moved", unit.name(), newParentCode.trim());
        } catch (BusinessException refusal) {
            Pages.refuse(refusal, Map.of("newParent", INPUT, "parent", INPUT));
        }
    }

    /** Deactivates the chosen unit, or activates it again: nothing that refers to a unit is ever deleted. */
    public void toggleActive() {
        UnitView unit = page.getSelected();
        units.update(unit.id(), unit.name(), unit.typeLabel(), unit.households(), !unit.active());
        page.show(unit.id());
        Messages.info(unit.active() ? "org.unit.deactivated" : "org.unit.activated", unit.name());
    }

    public String getNewParentCode() {
        return newParentCode;
    }

    public void setNewParentCode(String newParentCode) {
        this.newParentCode = newParentCode;
    }
}
