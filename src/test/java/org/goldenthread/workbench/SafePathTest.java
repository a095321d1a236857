package org.goldenthread.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in, the browser goes to a page of this site only, however the address is dressed up. */
class SafePathTest {

    @Test
    void keepsPathsOnThisSite() {
        assertThat(SafePath.of("/updates")).hasValue("/updates");
        assertThat(SafePath.of("/scorecard?directorate=Place&status=RED")).hasValue(
                "/scorecard?directorate=Place&status=RED");
    }

    @Test
    void refusesEveryWayOffTheSite() {
        for (String escape : new String[] {"//evil.example", "https://evil.example/", "/./%2Fevil.example",
                "/%09/evil.example", "/\t/evil.example", "\\\\evil.example", "/%5C%5Cevil.example", "/../../etc",
                "/a/../../b", "javascript:alert(1)", "evil.example", "", " /updates"}) {
            assertThat(SafePath.of(escape)).as(escape).isEmpty();
        }
        assertThat(SafePath.of(null)).isEmpty();
    }
}
