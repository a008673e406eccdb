package vn.langso.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.langso.demo.control.VietnameseNames.Gender;
import vn.langso.demo.control.VietnameseNames.Person;

class VietnameseNamesTest {

    @Test
    void sameSeedGivesTheSameNamesAndPhones() {
        VietnameseNames first = new VietnameseNames();
        VietnameseNames second = new VietnameseNames();
        assertThat(draw(first)).isEqualTo(draw(second));
    }

    @Test
    void anotherSeedGivesOtherNames() {
        assertThat(draw(new VietnameseNames(1))).isNotEqualTo(draw(new VietnameseNames(2)));
    }

    @Test
    void phonesAreUniqueTenDigitMobileNumbers() {
        VietnameseNames names = new VietnameseNames();
        List<String> phones =
                IntStream.range(0, 20_000).mapToObj(i -> names.phone()).toList();
        assertThat(phones).doesNotHaveDuplicates().allMatch(phone -> phone.matches("0[35789][0-9]{8}"));
    }

    @Test
    void fullNamesHaveFamilyMiddleAndGivenName() {
        List<Person> people = people(2_000);
        assertThat(people).extracting(Person::fullName).allMatch(name -> name.split(" ").length == 3);
        long nguyen =
                people.stream().filter(p -> p.fullName().startsWith("Nguyễn ")).count();
        assertThat(nguyen).isBetween(500L, 900L);
    }

    @Test
    void genderFollowsTheMiddleName() {
        assertThat(people(3_000)).allSatisfy(person -> {
            String middle = person.fullName().split(" ")[1];
            if (middle.equals("Thị")) {
                assertThat(person.gender()).isEqualTo(Gender.FEMALE);
            } else if (middle.equals("Văn")) {
                assertThat(person.gender()).isEqualTo(Gender.MALE);
            }
        });
    }

    @Test
    void birthYearsLieBetween1965And2004() {
        assertThat(people(3_000)).extracting(Person::birthYear).allMatch(year -> year >= 1965 && year <= 2004);
    }

    @Test
    void affiliationsComeFromTheListAndFitThePerson() {
        List<Person> people = people(3_000);
        assertThat(people).extracting(Person::affiliation).containsOnlyElementsOf(VietnameseNames.AFFILIATIONS);
        assertThat(people)
                .filteredOn(person -> person.affiliation().equals(VietnameseNames.WOMEN_UNION))
                .isNotEmpty()
                .allMatch(person -> person.gender() == Gender.FEMALE);
        assertThat(people)
                .filteredOn(person -> person.affiliation().equals(VietnameseNames.YOUTH_UNION))
                .isNotEmpty()
                .allMatch(person -> person.birthYear() >= 1993);
    }

    @Test
    void communeNamesRarelyRepeat() {
        VietnameseNames names = new VietnameseNames();
        List<String> communes =
                IntStream.range(0, 170).mapToObj(i -> names.communeName()).toList();
        assertThat(new HashSet<>(communes)).hasSizeGreaterThan(160);
        assertThat(communes).allMatch(name -> name.matches("\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+){1,2}"));
    }

    @Test
    void hamletNamesArePlaceNames() {
        VietnameseNames names = new VietnameseNames();
        Set<String> hamlets = new HashSet<>();
        IntStream.range(0, 500).forEach(i -> hamlets.add(names.hamletName()));
        assertThat(hamlets)
                .hasSizeGreaterThan(300)
                .allMatch(name -> name.matches("\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+( [AB])?"));
    }

    private static List<Person> people(int count) {
        VietnameseNames names = new VietnameseNames();
        return IntStream.range(0, count).mapToObj(i -> names.person()).toList();
    }

    private static List<String> draw(VietnameseNames names) {
        return IntStream.range(0, 200)
                .mapToObj(
                        i -> List.of(names.person().toString(), names.phone(), names.communeName(), names.hamletName()))
                .flatMap(List::stream)
                .map(Function.identity())
                .toList();
    }
}
