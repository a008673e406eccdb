package vn.langso.demo.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.langso.demo.control.ProvincePlan.Level;
import vn.langso.demo.control.ProvincePlan.Team;
import vn.langso.demo.control.ProvincePlan.Unit;

/**
 * Tiền Giang before the 2025 reform, as demo data: the province, its 11 district-level units with their real names
 * and codes, 170 communes with their hamlets and households, and the teams and members of the provincial reports
 * (1,250 teams with 8,014 members at the end of Q3 2022, 1,264 with 8,123 in April 2023). {@link #plan()} builds it
 * in memory, the same every time: the planners draw from one seeded source, in a fixed order.
 */
public final class TienGiangShape {

    public static final String PROVINCE_CODE = "82";
    public static final String PROVINCE_NAME = "Tiền Giang";
    public static final String PROVINCE_TYPE = "Tỉnh";
    public static final int COMMUNES = 170;
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

    /** A district-level unit: the first {@code wards} communes are wards; a rural district's first is its town. */
    public record District(String code, String name, String typeLabel, int communes, int wards, String townName) {}

    public static final List<District> DISTRICTS = List.of(
            new District("815", "Mỹ Tho", "thành phố", 17, 11, null),
            new District("816", "Gò Công", "thị xã", 12, 5, null),
            new District("817", "Cai Lậy", "thị xã", 14, 6, null),
            new District("818", "Tân Phước", "huyện", 12, 0, "Mỹ Phước"),
            new District("819", "Cái Bè", "huyện", 25, 0, "Cái Bè"),
            new District("820", "Cai Lậy", "huyện", 16, 0, "Bình Phú"),
            new District("821", "Châu Thành", "huyện", 23, 0, "Tân Hiệp"),
            new District("822", "Chợ Gạo", "huyện", 19, 0, "Chợ Gạo"),
            new District("823", "Gò Công Tây", "huyện", 13, 0, "Vĩnh Bình"),
            new District("824", "Gò Công Đông", "huyện", 13, 0, "Tân Hòa"),
            new District("825", "Tân Phú Đông", "huyện", 6, 0, "Tân Phú"));

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
        UnitNode demoCommune = nodes.stream()
                .filter(node -> node.level == Level.DISTRICT && node.code.equals("822"))
                .findFirst()
                .orElseThrow()
                .children
                .get(0);
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
}
