package vn.langso.demo.control;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plausible people, places and phone numbers of the Mekong delta for demo data. Everything comes from one seeded
 * {@link Random}: the same seed and the same sequence of calls give the same names and numbers.
 */
public final class VietnameseNames {

    public static final long DEFAULT_SEED = 82L;

    public static final String HAMLET_HEAD = "Trưởng ấp";
    public static final String YOUTH_UNION = "Đoàn Thanh niên";
    public static final String WOMEN_UNION = "Hội Phụ nữ";
    public static final String FARMERS_UNION = "Hội Nông dân";
    public static final String COMMUNE_POLICE = "Công an xã";
    public static final String TEACHER = "Giáo viên";
    public static final String VETERAN = "Cựu chiến binh";
    public static final String RESIDENT = "Người dân";
    public static final List<String> AFFILIATIONS =
            List.of(HAMLET_HEAD, YOUTH_UNION, WOMEN_UNION, FARMERS_UNION, COMMUNE_POLICE, TEACHER, VETERAN, RESIDENT);

    public static final int OLDEST_BIRTH_YEAR = 1965;
    public static final int YOUNGEST_BIRTH_YEAR = 2004;

    public enum Gender {
        MALE,
        FEMALE
    }

    public record Person(String fullName, Gender gender, int birthYear, String affiliation) {}

    // Weights in per mille, leaning to the South (Huỳnh and Võ rather than Hoàng and Vũ).
    private static final Weighted FAMILY_NAMES = new Weighted(
            "Nguyễn", 350, "Trần", 110, "Lê", 90, "Phạm", 60, "Huỳnh", 60, "Võ", 50, "Phan", 40, "Trương", 25, "Hoàng",
            20, "Bùi", 15, "Đặng", 15, "Hồ", 15, "Ngô", 13, "Đỗ", 12, "Dương", 12, "Lý", 10, "Lâm", 10, "Đinh", 8,
            "Đoàn", 7, "Châu", 6, "Mai", 6, "Cao", 5, "Tô", 5, "Thái", 5, "Lưu", 4, "Vương", 3);
    private static final Weighted AFFILIATION = new Weighted(
            HAMLET_HEAD,
            30,
            YOUTH_UNION,
            220,
            WOMEN_UNION,
            160,
            FARMERS_UNION,
            140,
            COMMUNE_POLICE,
            100,
            TEACHER,
            100,
            VETERAN,
            60,
            RESIDENT,
            190);
    private static final String[] MALE_MIDDLE = {
        "Hữu", "Minh", "Quốc", "Thanh", "Hoàng", "Công", "Tấn", "Thành", "Trọng", "Đức", "Duy", "Gia", "Phước"
    };
    private static final String[] FEMALE_MIDDLE = {
        "Ngọc", "Thanh", "Kim", "Thúy", "Mỹ", "Bích", "Hồng", "Diễm", "Kiều", "Phương", "Như", "Cẩm"
    };
    private static final String[] MALE_GIVEN = {
        "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Phong", "Long", "Tâm", "Thắng", "Sơn", "Nam", "Khoa", "Phúc", "Lộc",
        "Tài", "Trí", "Nhân", "Hiếu", "Vinh", "Bảo", "Duy", "Khang", "Quang", "Thịnh", "Hậu", "Tùng", "Toàn", "Nghĩa",
        "Cường", "Đạt", "Hưng", "Kiệt", "Huy", "Tú", "Sang", "Tín", "Lâm", "Hòa", "Tiến", "Thuận"
    };
    private static final String[] FEMALE_GIVEN = {
        "Mai", "Lan", "Hoa", "Hương", "Thảo", "Trang", "Linh", "Ngọc", "Nhung", "Hằng", "Thủy", "Tuyết", "Yến",
        "Phượng", "Trinh", "Vy", "Nhi", "Oanh", "Diễm", "Hạnh", "Loan", "Dung", "Nga", "Quyên", "Trâm", "Xuân", "Thu",
        "Châu", "Hồng", "Kiều", "My", "Ngân", "Thư", "Tiên", "Hiền", "Liên", "Cúc", "Đào", "Nguyệt", "Vân"
    };
    private static final Weighted PHONE_PREFIXES = new Weighted(
            "032", 3, "033", 3, "034", 3, "035", 3, "036", 3, "037", 3, "038", 3, "039", 3, "086", 3, "096", 3, "097",
            3, "098", 3, "070", 2, "076", 2, "077", 2, "078", 2, "079", 2, "089", 2, "090", 2, "093", 2, "081", 2,
            "082", 2, "083", 2, "084", 2, "085", 2, "088", 2, "091", 2, "094", 2, "052", 1, "056", 1, "058", 1, "092",
            1, "059", 1, "099", 1);
    private static final String[] PLACE_FIRST = {
        "Tân", "Mỹ", "Long", "Bình", "Hòa", "Phú", "An", "Thạnh", "Vĩnh", "Phước", "Hưng", "Thới", "Đông", "Kim", "Hậu",
        "Điềm", "Nhị", "Tam", "Song", "Lương", "Xuân", "Thanh", "Quới", "Hội", "Đăng", "Trung", "Hiệp", "Thiện", "Đạo",
        "Quơn"
    };
    private static final String[] PLACE_SECOND = {
        "Thuận", "Bình", "Hòa", "Phú", "An", "Thạnh", "Lợi", "Hưng", "Long", "Phước", "Hiệp", "Trung", "Đông",
        "Định", "Tịnh", "Kiết", "Nhơn", "Khánh", "Lương", "Hội", "Điền", "Thành", "Sơn", "Chánh", "Quới", "Mỹ",
        "Tân", "Lạc", "Xuân", "Đức"
    };
    private static final String[] PLACE_THIRD = {"Tây", "Đông", "Nam", "Bắc", "Nhứt", "Nhì", "Trung", "Thủy", "Điền"};

    private final Random random;
    private final Set<String> phones = new HashSet<>();

    public VietnameseNames() {
        this(DEFAULT_SEED);
    }

    public VietnameseNames(long seed) {
        this.random = new Random(seed);
    }

    /** Someone of any affiliation but {@link #HAMLET_HEAD}'s most often. */
    public Person person() {
        return person(AFFILIATION.pick(random));
    }

    /** Someone of the given affiliation: the Women's Union is women, the Youth Union young, veterans older. */
    public Person person(String affiliation) {
        Gender gender;
        if (affiliation.equals(WOMEN_UNION)) {
            gender = Gender.FEMALE;
        } else if (affiliation.equals(VETERAN) || affiliation.equals(COMMUNE_POLICE)) {
            gender = random.nextInt(10) < 8 ? Gender.MALE : Gender.FEMALE;
        } else {
            gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        }
        int birthYear = birthYear(affiliation);
        return new Person(fullName(gender, birthYear), gender, birthYear, affiliation);
    }

    /** Family name, middle name, given name; Văn and Thị are commoner among the older. */
    public String fullName(Gender gender, int birthYear) {
        int traditional = birthYear < 1985 ? 65 : 35;
        String middle;
        String given;
        if (gender == Gender.MALE) {
            middle = random.nextInt(100) < traditional ? "Văn" : pick(MALE_MIDDLE);
            given = pick(MALE_GIVEN);
        } else {
            middle = random.nextInt(100) < traditional + 5 ? "Thị" : pick(FEMALE_MIDDLE);
            given = pick(FEMALE_GIVEN);
        }
        return FAMILY_NAMES.pick(random) + " " + middle + " " + given;
    }

    /** A ten-digit mobile number of a Vietnamese network, never the same twice from this generator. */
    public String phone() {
        String phone;
        do {
            phone = PHONE_PREFIXES.pick(random) + String.format("%07d", random.nextInt(10_000_000));
            // 0399… is left to the tests' own members, so that they never collide with the demo data.
        } while (phone.startsWith("0399") || !phones.add(phone));
        return phone;
    }

    /** A commune's proper name such as Tân Thuận, Long Bình or Bình Phục Nhứt; the same name comes rarely. */
    public String communeName() {
        String first = pick(PLACE_FIRST);
        String second = pickOtherThan(PLACE_SECOND, first);
        if (random.nextInt(100) < 30) {
            return first + " " + second + " " + pickOtherThan(PLACE_THIRD, second);
        }
        return first + " " + second;
    }

    /** A hamlet's proper name such as Bình Hòa or Mỹ Lợi A. */
    public String hamletName() {
        String name = pick(PLACE_FIRST) + " " + pickOtherThan(PLACE_SECOND, "");
        int suffix = random.nextInt(100);
        if (suffix < 8) {
            return name + " A";
        }
        return suffix < 12 ? name + " B" : name;
    }

    /** Otherwise the mean of two draws: most members are in their thirties to fifties. */
    private int birthYear(String affiliation) {
        return switch (affiliation) {
            case YOUTH_UNION -> between(1993, YOUNGEST_BIRTH_YEAR);
            case VETERAN -> between(OLDEST_BIRTH_YEAR, 1978);
            case HAMLET_HEAD -> between(OLDEST_BIRTH_YEAR, 1990);
            default -> (between(OLDEST_BIRTH_YEAR, YOUNGEST_BIRTH_YEAR) + between(OLDEST_BIRTH_YEAR, 2000)) / 2;
        };
    }

    private int between(int first, int last) {
        return first + random.nextInt(last - first + 1);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pickOtherThan(String[] values, String other) {
        String value;
        do {
            value = pick(values);
        } while (value.equals(other));
        return value;
    }

    /** Values with integer weights, given as value, weight, value, weight, ... */
    private static final class Weighted {
        private final String[] values;
        private final int[] cumulative;

        Weighted(Object... valuesAndWeights) {
            values = new String[valuesAndWeights.length / 2];
            cumulative = new int[values.length];
            int total = 0;
            for (int i = 0; i < values.length; i++) {
                values[i] = (String) valuesAndWeights[2 * i];
                total += (Integer) valuesAndWeights[2 * i + 1];
                cumulative[i] = total;
            }
        }

        String pick(Random random) {
            int draw = random.nextInt(cumulative[cumulative.length - 1]);
            int i = 0;
            while (cumulative[i] <= draw) {
                i++;
            }
            return values[i];
        }
    }
}
