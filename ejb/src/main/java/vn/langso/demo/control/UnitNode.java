package vn.langso.demo.control;

import java.util.ArrayList;
import java.util.List;
import vn.langso.demo.control.ProvincePlan.Level;
import vn.langso.demo.control.ProvincePlan.Unit;

/** A unit while the tree is built; households of a hamlet start as a weight, {@code ref} is set last. */
final class UnitNode {
    final String code;
    final String name;
    final String typeLabel;
    final Level level;
    final UnitNode parent;
    final List<UnitNode> children = new ArrayList<>();
    int households;
    int ref;

    UnitNode(String code, String name, String typeLabel, Level level, UnitNode parent) {
        this.code = code;
        this.name = name;
        this.typeLabel = typeLabel;
        this.level = level;
        this.parent = parent;
    }

    UnitNode add(String childCode, String childName, String childType, Level childLevel) {
        UnitNode child = new UnitNode(childCode, childName, childType, childLevel, this);
        children.add(child);
        return child;
    }

    Unit toUnit() {
        return new Unit(ref, code, name, typeLabel, level, parent == null ? 0 : parent.ref, households);
    }
}
