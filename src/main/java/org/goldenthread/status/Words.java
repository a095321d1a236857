package org.goldenthread.status;

import java.util.List;

/** Small pieces of English shared by the sentences in this package. */
final class Words {
    private Words() {
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
