package vn.langso.demo.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.langso.demo.control.ProvincePlan.Level;

/**
 * The province's tree: its real districts and communes as the GSO listed them on 01/03/2025 (read from
 * {@code tien-giang-2025-03.csv} on the class path, whose {@code README.md} gives the sources), three to five
 * generated hamlets per commune, and about {@link TienGiangShape#HOUSEHOLDS} households spread over the hamlets.
 */
final class UnitTreePlanner {

    static final String UNITS = "/vn/langso/demo/units/tien-giang-2025-03.csv";

    private static final String HEADER = "level,code,name,type,parent_code";
    private static final int[] EXTRA_HAMLETS = {0, 1, 1, 2, 2, 2};

    /**
     * A row of the units file. Its name is the official one, type word first ("Phường 5", "Thị trấn Chợ Gạo"); the app
     * keeps the name without it ("5", "Chợ Gạo") and the type in lower case ("phường", "thị trấn").
     */
    record Row(String level, String code, String name, String type, String parentCode) {

        String shortName() {
            return name.substring(type.length() + 1);
        }

        String typeLabel() {
            return type.toLowerCase(Locale.ROOT);
        }
    }

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
        List<Row> rows = rows();
        Row provinceRow = rows.get(0);
        if (!provinceRow.level().equals("province")
                || !provinceRow.code().equals(TienGiangShape.PROVINCE_CODE)
                || !provinceRow.shortName().equals(TienGiangShape.PROVINCE_NAME)) {
            throw new IllegalStateException(
                    UNITS + ": the first row is not the province " + TienGiangShape.PROVINCE_NAME);
        }
        UnitNode province = new UnitNode(
                TienGiangShape.PROVINCE_CODE,
                TienGiangShape.PROVINCE_NAME,
                TienGiangShape.PROVINCE_TYPE,
                Level.PROVINCE,
                null);
        Map<String, UnitNode> districts = new LinkedHashMap<>();
        int communes = 0;
        for (Row row : rows.subList(1, rows.size())) {
            switch (row.level()) {
                case "district" -> {
                    if (!row.parentCode().equals(province.code)) {
                        throw new IllegalStateException(UNITS + ": district " + row.code() + " outside the province");
                    }
                    districts.put(
                            row.code(), province.add(row.code(), row.shortName(), row.typeLabel(), Level.DISTRICT));
                }
                case "commune" -> {
                    UnitNode district = districts.get(row.parentCode());
                    if (district == null) {
                        throw new IllegalStateException(UNITS + ": commune " + row.code() + " before its district");
                    }
                    addHamlets(district.add(row.code(), row.shortName(), row.typeLabel(), Level.COMMUNE));
                    communes++;
                }
                default -> throw new IllegalStateException(UNITS + ": unknown level " + row.level());
            }
        }
        if (communes != TienGiangShape.COMMUNES) {
            throw new IllegalStateException(UNITS + " lists " + communes + " communes, not " + TienGiangShape.COMMUNES);
        }
        return province;
    }

    /**
     * The rows of {@link #UNITS} in file order: the province, its districts, then the communes district by district.
     * UTF-8 with a header; no field holds a comma or a quote, so a line splits on its commas.
     */
    static List<Row> rows() {
        try (InputStream in = UnitTreePlanner.class.getResourceAsStream(UNITS)) {
            if (in == null) {
                throw new IllegalStateException(UNITS + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!HEADER.equals(reader.readLine())) {
                throw new IllegalStateException(UNITS + ": the header is not " + HEADER);
            }
            List<Row> rows = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != 5 || line.indexOf('"') >= 0) {
                    throw new IllegalStateException(UNITS + ": not five plain fields: " + line);
                }
                Row row = new Row(fields[0], fields[1], fields[2], fields[3], fields[4]);
                if (!row.name().startsWith(row.type() + " ") || !codes.add(row.code())) {
                    throw new IllegalStateException(UNITS + ": a name without its type word or a code twice: " + line);
                }
                rows.add(row);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
