package vn.langso.demo.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import vn.langso.demo.control.VietnameseNames.Gender;
import vn.langso.demo.control.VietnameseNames.Person;
import vn.langso.org.control.SearchKey;

/**
 * Tiền Giang before the 2025 reform, as demo data: the province, its 11 district-level units with their real names
 * and codes, 170 communes with their hamlets and households, and the teams and members of the provincial reports
 * (1,250 teams with 8,014 members at the end of Q3 2022, 1,264 with 8,123 in April 2023). {@link #plan()} builds it
 * in memory, the same every time; {@link DemoOrganization} writes it. References ({@code ref}) number each kind of
 * row from 1 in the order it is to be inserted, parents before children.
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

    public enum Level {
        PROVINCE,
        DISTRICT,
        COMMUNE,
        VILLAGE
    }

    public enum TeamRole {
        LEADER,
        DEPUTY,
        MEMBER
    }

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

    /** An administrative unit; {@code parentRef} is 0 for the province; households are the sum of the children's. */
    public record Unit(
            int ref, String code, String name, String typeLabel, Level level, int parentRef, int households) {}

    public record Team(int ref, int unitRef, String name, LocalDate foundedOn) {}

    public record Member(int ref, String fullName, String phone, int birthYear, Gender gender, String affiliation) {}

    /** {@code endedOn} is null for the member's current team. */
    public record Membership(int teamRef, int memberRef, TeamRole role, LocalDate startedOn, LocalDate endedOn) {}

    /** What the demo accounts are linked to: a coordinator's district, a team leader and a member of his team. */
    public record DemoPeople(
            int choGaoDistrictRef, int leaderMemberRef, int leaderTeamUnitRef, int memberInSameTeamRef) {}

    public record Plan(
            List<Unit> units, List<Team> teams, List<Member> members, List<Membership> memberships, DemoPeople demo) {

        public long households() {
            return units.get(0).households();
        }

        public List<Unit> unitsAt(Level level) {
            return units.stream().filter(unit -> unit.level() == level).toList();
        }
    }

    private TienGiangShape() {}

    /** The plan with its dates as reported: teams founded from March 2022 to April 2023. */
    public static Plan plan() {
        return plan(LAST_FOUNDING);
    }

    /** The plan with all its dates moved back, if need be, so that none lies after {@code today}. */
    public static Plan plan(LocalDate today) {
        long daysInFuture = Math.max(0, ChronoUnit.DAYS.between(today, LAST_FOUNDING));
        return new Planner(daysInFuture).build();
    }

    /** A unit while the tree is built; households of a hamlet start as a weight. */
    private static final class Node {
        final String code;
        final String name;
        final String typeLabel;
        final Level level;
        final Node parent;
        final List<Node> children = new ArrayList<>();
        int households;
        int ref;

        Node(String code, String name, String typeLabel, Level level, Node parent) {
            this.code = code;
            this.name = name;
            this.typeLabel = typeLabel;
            this.level = level;
            this.parent = parent;
        }

        Node add(String childCode, String childName, String childType, Level childLevel) {
            Node child = new Node(childCode, childName, childType, childLevel, this);
            children.add(child);
            return child;
        }
    }

    /** A team before its members: the leader of a hamlet's first team is the hamlet's head. */
    private record Draft(Node unit, Node district, String name, LocalDate founded, boolean late, String leaderRole) {}

    private static final class Planner {
        private static final int FIRST_COMMUNE_CODE = 28249;
        private static final int[] EXTRA_HAMLETS = {0, 1, 1, 2, 2, 2};
        private static final int MOVER_NOTICE_DAYS = 15;

        private final Random random = new Random(VietnameseNames.DEFAULT_SEED);
        private final VietnameseNames names = new VietnameseNames(VietnameseNames.DEFAULT_SEED);
        private final long daysInFuture;
        private final List<Node> nodes = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();

        Planner(long daysInFuture) {
            this.daysInFuture = daysInFuture;
        }

        Plan build() {
            Node province = tree();
            allotHouseholds(province);
            List<Unit> units = flatten(province);
            Node demoCommune = nodes.stream()
                    .filter(node -> node.level == Level.DISTRICT && node.code.equals("822"))
                    .findFirst()
                    .orElseThrow()
                    .children
                    .get(0);
            draftTeams();
            List<Team> teams = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                Draft draft = drafts.get(i);
                teams.add(new Team(i + 1, draft.unit.ref, draft.name, shifted(draft.founded)));
            }
            int[] sizes = teamSizes();
            List<Member> members = new ArrayList<>(MEMBERS);
            List<TeamRole> roles = new ArrayList<>(MEMBERS);
            List<Integer> teamOf = new ArrayList<>(MEMBERS);
            int leader = 0;
            int memberOfLeadersTeam = 0;
            for (int t = 0; t < drafts.size(); t++) {
                Draft draft = drafts.get(t);
                boolean demoTeam = draft.unit == demoCommune;
                for (int slot = 0; slot < sizes[t]; slot++) {
                    TeamRole role = slot == 0 ? TeamRole.LEADER : slot == 1 ? TeamRole.DEPUTY : TeamRole.MEMBER;
                    Person person = person(draft, slot, demoTeam);
                    int ref = members.size() + 1;
                    members.add(new Member(
                            ref,
                            person.fullName(),
                            names.phone(),
                            person.birthYear(),
                            person.gender(),
                            person.affiliation()));
                    roles.add(role);
                    teamOf.add(t);
                    if (demoTeam && slot == 0) {
                        leader = ref;
                    } else if (demoTeam && slot == 2) {
                        memberOfLeadersTeam = ref;
                    }
                }
            }
            Map<Integer, Integer> previousTeam = movers(roles, teamOf, Set.of(leader, memberOfLeadersTeam));
            List<Membership> memberships = new ArrayList<>(MEMBERS + MOVERS);
            for (int m = 0; m < members.size(); m++) {
                Team team = teams.get(teamOf.get(m));
                Integer previous = previousTeam.get(m);
                if (previous != null) {
                    Team before = teams.get(previous);
                    memberships.add(new Membership(
                            before.ref(),
                            m + 1,
                            TeamRole.MEMBER,
                            before.foundedOn(),
                            team.foundedOn().minusDays(1)));
                }
                memberships.add(new Membership(team.ref(), m + 1, roles.get(m), team.foundedOn(), null));
            }
            Node choGao = demoCommune.parent;
            DemoPeople demo = new DemoPeople(choGao.ref, leader, demoCommune.ref, memberOfLeadersTeam);
            return new Plan(units, List.copyOf(teams), List.copyOf(members), List.copyOf(memberships), demo);
        }

        private Node tree() {
            Node province = new Node(PROVINCE_CODE, PROVINCE_NAME, PROVINCE_TYPE, Level.PROVINCE, null);
            Set<String> communeNames = new HashSet<>();
            DISTRICTS.stream()
                    .map(District::townName)
                    .filter(name -> name != null)
                    .forEach(communeNames::add);
            int code = FIRST_COMMUNE_CODE;
            for (District district : DISTRICTS) {
                Node districtNode =
                        province.add(district.code(), district.name(), district.typeLabel(), Level.DISTRICT);
                for (int i = 0; i < district.communes(); i++) {
                    Node commune;
                    if (i < district.wards()) {
                        commune =
                                districtNode.add(String.valueOf(code), String.valueOf(i + 1), "phường", Level.COMMUNE);
                    } else if (i == 0 && district.townName() != null) {
                        commune =
                                districtNode.add(String.valueOf(code), district.townName(), "thị trấn", Level.COMMUNE);
                    } else {
                        commune = districtNode.add(
                                String.valueOf(code), unique(communeNames, names::communeName), "xã", Level.COMMUNE);
                    }
                    addHamlets(commune);
                    code += 3;
                }
            }
            return province;
        }

        /** Three to five per commune; wards have numbered khu phố, some communes numbered ấp. */
        private void addHamlets(Node commune) {
            int count = 3 + EXTRA_HAMLETS[random.nextInt(EXTRA_HAMLETS.length)];
            boolean ward = commune.typeLabel.equals("phường");
            boolean numbered = ward || random.nextInt(100) < 15;
            Set<String> used = new HashSet<>();
            for (int i = 1; i <= count; i++) {
                String name = numbered ? String.valueOf(i) : unique(used, names::hamletName);
                Node hamlet = commune.add(
                        commune.code + String.format("-%02d", i), name, ward ? "khu phố" : "ấp", Level.VILLAGE);
                hamlet.households = ward ? between(500, 1300) : between(300, 1000);
            }
        }

        /** Scales the hamlets' weights to about {@link #HOUSEHOLDS} and sums them up the tree. */
        private void allotHouseholds(Node province) {
            List<Node> hamlets = new ArrayList<>();
            collect(province, hamlets);
            long weights =
                    hamlets.stream().mapToLong(hamlet -> hamlet.households).sum();
            hamlets.forEach(hamlet -> hamlet.households =
                    (int) Math.max(1, Math.round((double) hamlet.households * HOUSEHOLDS / weights)));
            sumUp(province);
        }

        private static void collect(Node node, List<Node> hamlets) {
            if (node.level == Level.VILLAGE) {
                hamlets.add(node);
            }
            node.children.forEach(child -> collect(child, hamlets));
        }

        private static int sumUp(Node node) {
            if (!node.children.isEmpty()) {
                node.households =
                        node.children.stream().mapToInt(Planner::sumUp).sum();
            }
            return node.households;
        }

        /** Breadth first, so that every level comes whole before the next and parents before children. */
        private List<Unit> flatten(Node province) {
            List<Unit> units = new ArrayList<>();
            Deque<Node> queue = new ArrayDeque<>(List.of(province));
            while (!queue.isEmpty()) {
                Node node = queue.removeFirst();
                node.ref = units.size() + 1;
                nodes.add(node);
                units.add(new Unit(
                        node.ref,
                        node.code,
                        node.name,
                        node.typeLabel,
                        node.level,
                        node.parent == null ? 0 : node.parent.ref,
                        node.households));
                queue.addAll(node.children);
            }
            return List.copyOf(units);
        }

        /**
         * One team per commune and at least one per hamlet; the biggest hamlets have a second team, and fourteen of
         * those second teams came after Q3 2022.
         */
        private void draftTeams() {
            List<Node> hamlets =
                    nodes.stream().filter(node -> node.level == Level.VILLAGE).toList();
            int seconds = TEAMS - COMMUNES - hamlets.size();
            Set<Node> twoTeams = new HashSet<>(hamlets.stream()
                    .sorted(Comparator.comparingInt((Node hamlet) -> -hamlet.households)
                            .thenComparingInt(hamlet -> hamlet.ref))
                    .limit(seconds)
                    .toList());
            List<Node> secondOrder = hamlets.stream().filter(twoTeams::contains).toList();
            int lateCount = TEAMS - TEAMS_BY_Q3_2022;
            Set<Node> late = new HashSet<>();
            for (int j = 0; j < lateCount; j++) {
                late.add(secondOrder.get((2 * j + 1) * seconds / (2 * lateCount)));
            }
            long lateWindow = ChronoUnit.DAYS.between(END_OF_Q3_2022, LAST_FOUNDING);
            for (Node commune : nodes) {
                if (commune.level != Level.COMMUNE) {
                    continue;
                }
                LocalDate founded = FIRST_FOUNDING.plusDays(between(0, 75));
                drafts.add(new Draft(
                        commune,
                        commune.parent,
                        "Tổ công nghệ số cộng đồng " + commune.typeLabel + " " + commune.name,
                        founded,
                        false,
                        null));
                for (Node hamlet : commune.children) {
                    String place = hamlet.typeLabel + " " + hamlet.name;
                    String head = hamlet.typeLabel.equals("ấp") ? VietnameseNames.HAMLET_HEAD : null;
                    if (!twoTeams.contains(hamlet)) {
                        drafts.add(new Draft(
                                hamlet,
                                commune.parent,
                                "Tổ CNSCĐ " + place,
                                beforeQ3End(founded.plusDays(between(0, 100))),
                                false,
                                head));
                        continue;
                    }
                    drafts.add(new Draft(
                            hamlet,
                            commune.parent,
                            "Tổ CNSCĐ số 1 " + place,
                            beforeQ3End(founded.plusDays(between(0, 100))),
                            false,
                            head));
                    LocalDate second = late.contains(hamlet)
                            ? END_OF_Q3_2022.plusDays(between(1, (int) lateWindow))
                            : beforeQ3End(founded.plusDays(between(20, 150)));
                    drafts.add(new Draft(
                            hamlet, commune.parent, "Tổ CNSCĐ số 2 " + place, second, late.contains(hamlet), null));
                }
            }
        }

        /** Four to nine a team, the reported totals exactly: teams of Q3 2022 and those founded since apart. */
        private int[] teamSizes() {
            int[] sizes = new int[drafts.size()];
            List<Integer> early = new ArrayList<>();
            List<Integer> late = new ArrayList<>();
            for (int t = 0; t < drafts.size(); t++) {
                (drafts.get(t).late ? late : early).add(t);
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

        private Person person(Draft draft, int slot, boolean demoTeam) {
            if (demoTeam && slot == 0) {
                return new Person("Lê Văn Hùng", Gender.MALE, 1979, VietnameseNames.TEACHER);
            }
            if (demoTeam && slot == 2) {
                return new Person("Phạm Thị Mai", Gender.FEMALE, 1994, VietnameseNames.YOUTH_UNION);
            }
            return slot == 0 && draft.leaderRole != null ? names.person(draft.leaderRole) : names.person();
        }

        /**
         * Members (index) who came from another team of their district (index): plain members of teams founded in
         * Q3 2022 or earlier, who left their earlier team the day before joining the current one.
         */
        private Map<Integer, Integer> movers(List<TeamRole> roles, List<Integer> teamOf, Set<Integer> demoRefs) {
            Map<Node, List<Integer>> teamsOfDistrict = new HashMap<>();
            for (int t = 0; t < drafts.size(); t++) {
                if (!drafts.get(t).late) {
                    teamsOfDistrict
                            .computeIfAbsent(drafts.get(t).district, d -> new ArrayList<>())
                            .add(t);
                }
            }
            List<Integer> candidates = new ArrayList<>();
            for (int m = 0; m < roles.size(); m++) {
                Draft draft = drafts.get(teamOf.get(m));
                if (roles.get(m) == TeamRole.MEMBER && !draft.late && !demoRefs.contains(m + 1)) {
                    candidates.add(m);
                }
            }
            Collections.shuffle(candidates, random);
            Map<Integer, Integer> previous = new HashMap<>();
            for (int i = 0; i < candidates.size() && previous.size() < MOVERS; i++) {
                int m = candidates.get(i);
                Draft current = drafts.get(teamOf.get(m));
                List<Integer> neighbours = teamsOfDistrict.get(current.district);
                for (int attempt = 0; attempt < 20; attempt++) {
                    int t = neighbours.get(random.nextInt(neighbours.size()));
                    if (!drafts.get(t).founded.isAfter(current.founded.minusDays(MOVER_NOTICE_DAYS))) {
                        previous.put(m, t);
                        break;
                    }
                }
            }
            return previous;
        }

        private LocalDate beforeQ3End(LocalDate date) {
            return date.isAfter(END_OF_Q3_2022) ? END_OF_Q3_2022 : date;
        }

        private LocalDate shifted(LocalDate date) {
            return date.minusDays(daysInFuture);
        }

        /** Unique by search key: Tân Thạnh and Tân Thành would be one name to a search. */
        private String unique(Set<String> used, Supplier<String> generator) {
            String name;
            do {
                name = generator.get();
            } while (!used.add(SearchKey.of(name)));
            return name;
        }

        private int between(int first, int last) {
            return first + random.nextInt(last - first + 1);
        }
    }
}
