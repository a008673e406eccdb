package vn.langso.demo.control;

import static vn.langso.demo.control.TienGiangShape.COMMUNES;
import static vn.langso.demo.control.TienGiangShape.END_OF_Q3_2022;
import static vn.langso.demo.control.TienGiangShape.FIRST_FOUNDING;
import static vn.langso.demo.control.TienGiangShape.LAST_FOUNDING;
import static vn.langso.demo.control.TienGiangShape.MAX_TEAM_SIZE;
import static vn.langso.demo.control.TienGiangShape.MEMBERS;
import static vn.langso.demo.control.TienGiangShape.MEMBERS_BY_Q3_2022;
import static vn.langso.demo.control.TienGiangShape.MIN_TEAM_SIZE;
import static vn.langso.demo.control.TienGiangShape.TEAMS;
import static vn.langso.demo.control.TienGiangShape.TEAMS_BY_Q3_2022;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.langso.demo.control.ProvincePlan.Level;

/** The teams of the reports, where and when they were founded, and how many members each has. */
final class TeamPlanner {

    private final DemoRandom random;

    TeamPlanner(DemoRandom random) {
        this.random = random;
    }

    /**
     * One team per commune and at least one per hamlet; the biggest hamlets have a second team, and fourteen of
     * those second teams came after Q3 2022.
     *
     * @param units the province's units breadth first, as {@link UnitTreePlanner#plan()} gives them
     */
    List<TeamDraft> draft(List<UnitNode> units) {
        List<UnitNode> hamlets =
                units.stream().filter(node -> node.level == Level.VILLAGE).toList();
        int seconds = TEAMS - COMMUNES - hamlets.size();
        Set<UnitNode> twoTeams = new HashSet<>(hamlets.stream()
                .sorted(Comparator.comparingInt((UnitNode hamlet) -> -hamlet.households)
                        .thenComparingInt(hamlet -> hamlet.ref))
                .limit(seconds)
                .toList());
        List<UnitNode> secondOrder = hamlets.stream().filter(twoTeams::contains).toList();
        int lateCount = TEAMS - TEAMS_BY_Q3_2022;
        Set<UnitNode> late = new HashSet<>();
        for (int j = 0; j < lateCount; j++) {
            late.add(secondOrder.get((2 * j + 1) * seconds / (2 * lateCount)));
        }
        long lateWindow = ChronoUnit.DAYS.between(END_OF_Q3_2022, LAST_FOUNDING);
        List<TeamDraft> drafts = new ArrayList<>();
        for (UnitNode commune : units) {
            if (commune.level != Level.COMMUNE) {
                continue;
            }
            LocalDate founded = FIRST_FOUNDING.plusDays(random.between(0, 75));
            drafts.add(new TeamDraft(
                    commune,
                    commune.parent,
                    "Tổ công nghệ số cộng đồng " + commune.typeLabel + " " + commune.name,
                    founded,
                    false,
                    null));
            for (UnitNode hamlet : commune.children) {
                String place = hamlet.typeLabel + " " + hamlet.name;
                String head = hamlet.typeLabel.equals("ấp") ? VietnameseNames.HAMLET_HEAD : null;
                if (!twoTeams.contains(hamlet)) {
                    drafts.add(new TeamDraft(
                            hamlet,
                            commune.parent,
                            "Tổ CNSCĐ " + place,
                            beforeQ3End(founded.plusDays(random.between(0, 100))),
                            false,
                            head));
                    continue;
                }
                drafts.add(new TeamDraft(
                        hamlet,
                        commune.parent,
                        "Tổ CNSCĐ số 1 " + place,
                        beforeQ3End(founded.plusDays(random.between(0, 100))),
                        false,
                        head));
                LocalDate second = late.contains(hamlet)
                        ? END_OF_Q3_2022.plusDays(random.between(1, (int) lateWindow))
                        : beforeQ3End(founded.plusDays(random.between(20, 150)));
                drafts.add(new TeamDraft(
                        hamlet, commune.parent, "Tổ CNSCĐ số 2 " + place, second, late.contains(hamlet), null));
            }
        }
        return List.copyOf(drafts);
    }

    /** Four to nine a team, the reported totals exactly: teams of Q3 2022 and those founded since apart. */
    int[] sizes(List<TeamDraft> drafts) {
        int[] sizes = new int[drafts.size()];
        List<Integer> early = new ArrayList<>();
        List<Integer> late = new ArrayList<>();
        for (int t = 0; t < drafts.size(); t++) {
            (drafts.get(t).late() ? late : early).add(t);
        }
        spread(sizes, early, MEMBERS_BY_Q3_2022);
        spread(sizes, late, MEMBERS - MEMBERS_BY_Q3_2022);
        return sizes;
    }

    private void spread(int[] sizes, List<Integer> teams, int members) {
        int remaining = members - MIN_TEAM_SIZE * teams.size();
        if (remaining < 0 || remaining > (MAX_TEAM_SIZE - MIN_TEAM_SIZE) * teams.size()) {
            throw new IllegalStateException(members + " members do not fit " + teams.size() + " teams");
        }
        teams.forEach(t -> sizes[t] = MIN_TEAM_SIZE);
        while (remaining > 0) {
            int t = teams.get(random.nextInt(teams.size()));
            if (sizes[t] < MAX_TEAM_SIZE) {
                sizes[t]++;
                remaining--;
            }
        }
    }

    private static LocalDate beforeQ3End(LocalDate date) {
        return date.isAfter(END_OF_Q3_2022) ? END_OF_Q3_2022 : date;
    }
}
