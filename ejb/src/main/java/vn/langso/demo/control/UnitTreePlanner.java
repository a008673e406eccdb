package vn.langso.demo.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.langso.demo.control.ProvincePlan.Level;
import vn.langso.demo.control.TienGiangShape.District;

/**
 * The province's tree: its real districts, their communes with generated names, three to five hamlets each, and
 * about {@link TienGiangShape#HOUSEHOLDS} households spread over the hamlets.
 */
final class UnitTreePlanner {

    private static final int FIRST_COMMUNE_CODE = 28249;
    private static final int[] EXTRA_HAMLETS = {0, 1, 1, 2, 2, 2};

    private final DemoRandom random;

    UnitTreePlanner(DemoRandom random) {
        this.random = random;
    }

    /** Breadth first, so that every level comes whole before the next and parents before children. */
    List<UnitNode> plan() {
        UnitNode province = tree();
        allotHouseholds(province);
        List<UnitNode> nodes = new ArrayList<>();
        Deque<UnitNode> queue = new ArrayDeque<>(List.of(province));
        while (!queue.isEmpty()) {
            UnitNode node = queue.removeFirst();
            node.ref = nodes.size() + 1;
            nodes.add(node);
            queue.addAll(node.children);
        }
        return List.copyOf(nodes);
    }

    private UnitNode tree() {
        UnitNode province = new UnitNode(
                TienGiangShape.PROVINCE_CODE,
                TienGiangShape.PROVINCE_NAME,
                TienGiangShape.PROVINCE_TYPE,
                Level.PROVINCE,
                null);
        Set<String> communeNames = new HashSet<>();
        TienGiangShape.DISTRICTS.stream()
                .map(District::townName)
                .filter(name -> name != null)
                .forEach(communeNames::add);
        int code = FIRST_COMMUNE_CODE;
        for (District district : TienGiangShape.DISTRICTS) {
            UnitNode districtNode =
                    province.add(district.code(), district.name(), district.typeLabel(), Level.DISTRICT);
            for (int i = 0; i < district.communes(); i++) {
                UnitNode commune;
                if (i < district.wards()) {
                    commune = districtNode.add(String.valueOf(code), String.valueOf(i + 1), "phường", Level.COMMUNE);
                } else if (i == 0 && district.townName() != null) {
                    commune = districtNode.add(String.valueOf(code), district.townName(), "thị trấn", Level.COMMUNE);
                } else {
                    String name = random.unique(communeNames, random.names()::communeName);
                    commune = districtNode.add(String.valueOf(code), name, "xã", Level.COMMUNE);
                }
                addHamlets(commune);
                code += 3;
            }
        }
        return province;
    }

    /** Three to five per commune; wards have numbered khu phố, some communes numbered ấp. */
    private void addHamlets(UnitNode commune) {
        int count = 3 + EXTRA_HAMLETS[random.nextInt(EXTRA_HAMLETS.length)];
        boolean ward = commune.typeLabel.equals("phường");
        boolean numbered = ward || random.nextInt(100) < 15;
        Set<String> used = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            String name = numbered ? String.valueOf(i) : random.unique(used, random.names()::hamletName);
            UnitNode hamlet =
                    commune.add(commune.code + String.format("-%02d", i), name, ward ? "khu phố" : "ấp", Level.VILLAGE);
            hamlet.households = ward ? random.between(500, 1300) : random.between(300, 1000);
        }
    }

    /** Scales the hamlets' weights to about {@link TienGiangShape#HOUSEHOLDS} and sums them up the tree. */
    private static void allotHouseholds(UnitNode province) {
        List<UnitNode> hamlets = new ArrayList<>();
        collectHamlets(province, hamlets);
        long weights = hamlets.stream().mapToLong(hamlet -> hamlet.households).sum();
        hamlets.forEach(hamlet -> hamlet.households =
                (int) Math.max(1, Math.round((double) hamlet.households * TienGiangShape.HOUSEHOLDS / weights)));
        sumUp(province);
    }

    private static void collectHamlets(UnitNode node, List<UnitNode> hamlets) {
        if (node.level == Level.VILLAGE) {
            hamlets.add(node);
        }
        node.children.forEach(child -> collectHamlets(child, hamlets));
    }

    private static int sumUp(UnitNode node) {
        if (!node.children.isEmpty()) {
            node.households =
                    node.children.stream().mapToInt(UnitTreePlanner::sumUp).sum();
        }
        return node.households;
    }
}
