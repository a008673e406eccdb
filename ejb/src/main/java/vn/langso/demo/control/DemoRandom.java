package vn.langso.demo.control;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import vn.langso.kernel.SearchKey;

/**
 * The seeded draws of one plan, shared by its planners: the plan stays the same from run to run only as long as the
 * draws come in the same order. Numbers and names come from two generators of the same seed.
 */
final class DemoRandom {

    private final Random random;
    private final VietnameseNames names;

    DemoRandom(long seed) {
        this.random = new Random(seed);
        this.names = new VietnameseNames(seed);
    }

    VietnameseNames names() {
        return names;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    int between(int first, int last) {
        return first + random.nextInt(last - first + 1);
    }

    void shuffle(List<?> list) {
        Collections.shuffle(list, random);
    }

    /** Unique by search key: Tân Thạnh and Tân Thành would be one name to a search. */
    String unique(Set<String> used, Supplier<String> generator) {
        String name;
        do {
            name = generator.get();
        } while (!used.add(SearchKey.of(name)));
        return name;
    }
}
