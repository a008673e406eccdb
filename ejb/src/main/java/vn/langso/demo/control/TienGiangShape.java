package vn.langso.demo.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.langso.demo.control.ProvincePlan.Level;
import vn.langso.demo.control.ProvincePlan.Team;
import vn.langso.demo.control.ProvincePlan.Unit;

/**
 * Tiền Giang before the 2025 reform, as demo data: the province, its 11 district-level units and 164 communes with
 * their real names and codes (GSO list of 01/03/2025, read from {@code vn/langso/demo/units/}), generated hamlets and
 * households, and the teams and members of the provincial reports (1,250 teams with 8,014 members at the end of Q3
 * 2022, 1,264 with 8,123 in April 2023). {@link #plan()} builds it in memory, the same every time: the planners draw
 * from one seeded source, in a fixed order.
 */
public final class TienGiangShape {

    public static final String PROVINCE_CODE = "82";
    public static final String PROVINCE_NAME = "Tiền Giang";
    public static final String PROVINCE_TYPE = "Tỉnh";
    /** The communes, wards and towns of {@code tien-giang-2025-03.csv}; {@link UnitTreePlanner} checks the count. */
    public static final int COMMUNES = 164;

    public static final int TEAMS = 1_264;
    public static final int MEMBERS = 8_123;
    public static final int TEAMS_BY_Q3_2022 = 1_250;
    public static final int MEMBERS_BY_Q3_2022 = 8_014;
    public static final int HOUSEHOLDS = 500_000;
    public static final int MIN_TEAM_SIZE = 4;
    public static final int MAX_TEAM_SIZE = 9;
    public static final int MOVERS = 300;
    public static final LocalDate FIRST_FOUNDING = LocalDate.of(2022, 3, 1);
    public static final LocalDate END_OF_Q3_2022 = LocalDate.of(2022, 9, 30);
    public static final LocalDate LAST_FOUNDING = LocalDate.of(2023, 4, 30);

    /** The demo coordinator's district, and the commune in it whose team the demo leader leads. */
    static final String DEMO_DISTRICT_CODE = "822";

    static final String DEMO_COMMUNE_NAME = "Chợ Gạo";
    static final String DEMO_COMMUNE_TYPE = "thị trấn";

    private TienGiangShape() {}

    /** The plan with its dates as reported: teams founded from March 2022 to April 2023. */
    public static ProvincePlan plan() {
        return plan(LAST_FOUNDING);
    }

    /** The plan with all its dates moved back, if need be, so that none lies after {@code today}. */
    public static ProvincePlan plan(LocalDate today) {
        long daysInFuture = Math.max(0, ChronoUnit.DAYS.between(today, LAST_FOUNDING));
        DemoRandom random = new DemoRandom(VietnameseNames.DEFAULT_SEED);
        List<UnitNode> nodes = new UnitTreePlanner(random).plan();
        List<Unit> units = nodes.stream().map(UnitNode::toUnit).toList();
        UnitNode demoCommune = demoCommune(nodes);
        TeamPlanner teamPlanner = new TeamPlanner(random);
        List<TeamDraft> drafts = teamPlanner.draft(nodes);
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            TeamDraft draft = drafts.get(i);
            teams.add(new Team(
                    i + 1, draft.unit().ref, draft.name(), draft.founded().minusDays(daysInFuture)));
        }
        int[] sizes = teamPlanner.sizes(drafts);
        MemberPlanner.Staffing staffing = new MemberPlanner(random, drafts).staff(teams, sizes, demoCommune);
        return new ProvincePlan(units, List.copyOf(teams), staffing.members(), staffing.memberships(), staffing.demo());
    }

    /** Thị trấn Chợ Gạo (28594), the first commune of the district Chợ Gạo; that district's first if it were gone. */
    private static UnitNode demoCommune(List<UnitNode> nodes) {
        UnitNode district = nodes.stream()
                .filter(node -> node.level == Level.DISTRICT && node.code.equals(DEMO_DISTRICT_CODE))
                .findFirst()
                .orElseThrow();
        return district.children.stream()
                .filter(commune ->
                        commune.name.equals(DEMO_COMMUNE_NAME) && commune.typeLabel.equals(DEMO_COMMUNE_TYPE))
                .findFirst()
                .orElse(district.children.get(0));
    }
}
