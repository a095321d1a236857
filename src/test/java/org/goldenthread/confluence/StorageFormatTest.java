package org.goldenthread.confluence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorageFormatTest {
    private static final Set<String> OURS = Set.of("kpi-tile", "kpi-trend");

    @Test
    void findsMacrosNestedInOthersWithTheirOwnParameters() {
        String page = "<ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"title\">More</ac:parameter>"
                + "<ac:rich-text-body><ac:structured-macro ac:name=\"kpi-tile\"><ac:parameter ac:name=\"kpi\">"
                + "WST-01</ac:parameter></ac:structured-macro></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"kpi-trend\"><ac:parameter ac:name=\"kpi\">WST-02</ac:parameter>"
                + "</ac:structured-macro>";

        List<MacroOnPage> macros = StorageFormat.macros(page, OURS);

        assertThat(macros).extracting(MacroOnPage::name).containsExactly("kpi-tile", "kpi-trend");
        assertThat(macros.get(0).parameters()).containsOnlyKeys("kpi").containsEntry("kpi", "WST-01");
        assertThat(StorageFormat.macros(page, Set.of("expand")).get(0).parameters())
                .containsOnlyKeys("title");
    }

    @Test
    void replacesOnlyTheOutermostMacrosEachOnce() {
        String page = "<p>a</p><ac:structured-macro ac:name=\"expand\"><ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"kpi-tile\"/></ac:rich-text-body></ac:structured-macro><p>b</p>"
                + "<ac:structured-macro ac:name=\"kpi-tile\" />";

        assertThat(StorageFormat.replaceMacros(page, macro -> "[" + macro.name() + "]"))
                .isEqualTo("<p>a</p>[expand]<p>b</p>[kpi-tile]");
    }

    @Test
    void readsEmptyParametersAndCharacterReferences() {
        String page = "<ac:structured-macro ac:name=\"kpi-tile\"><ac:parameter ac:name=\"period\"/>"
                + "<ac:parameter ac:name=\"kpi\">WST&#8209;01</ac:parameter><ac:parameter ac:name=\"directorate\">"
                + "Council&rsquo;s &amp; Place&nbsp;&#x41;&bogus;</ac:parameter></ac:structured-macro>";

        MacroOnPage macro = StorageFormat.macros(page, OURS).get(0);

        assertThat(macro.parameters()).containsEntry("period", "").containsEntry("kpi", "WST\u201101")
                .containsEntry("directorate", "Council\u2019s & Place\u00a0A&bogus;");
    }
}
