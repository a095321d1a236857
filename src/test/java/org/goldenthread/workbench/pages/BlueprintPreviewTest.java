package org.goldenthread.workbench.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.render.VelocityTemplates;
import org.junit.jupiter.api.Test;

/** The "Quarterly performance report" blueprint: the page it creates, rendered in the workbench. */
class BlueprintPreviewTest {
    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.fromClasspath();
    private final BlueprintPreview blueprints = new BlueprintPreview(DESCRIPTOR);
    private final PagePreview preview = new PagePreview(DESCRIPTOR.macros(),
            new VelocityTemplates(DESCRIPTOR.velocityAllowlist()));

    @Test
    void thePageItCreatesShowsTheChosenQuarterAndDirectorate() throws Exception {
        BlueprintPreview.Page page = blueprints.create("quarterly-report-blueprint",
                Map.of("period", "2025-26-Q2", "directorate", "Place"));

        assertThat(page.title()).isEqualTo("Quarterly performance report: 2025/26 Q2, Place");
        assertThat(page.storageFormat()).contains("<ac:parameter ac:name=\"period\">2025/26 Q2</ac:parameter>",
                "<ac:parameter ac:name=\"directorate\">Place</ac:parameter>").doesNotContain("at:var");
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("PLN-01", "Major applications decided in time");
        String html = preview.render(page.storageFormat(), new CountingKpiSource(titles, Map.of()), "display");
        assertThat(html).contains("KPIs by status, 2025/26 Q2, directorate Place", "Scorecard, 2025/26 Q2, "
                + "directorate Place", "PLN-01 Major applications decided in time", "Plan for Major applications")
                .doesNotContain("ac:structured-macro", "Not in this preview");
    }

    @Test
    void aPeriodItCannotReadMeansTheLatestAndHostileTextStaysText() throws Exception {
        BlueprintPreview.Page page = blueprints.create("quarterly-report-blueprint",
                Map.of("period", "next Tuesday", "directorate", "<script>alert(1)</script>"));

        assertThat(page.title()).isEqualTo("Quarterly performance report: latest published quarter, "
                + "<script>alert(1)</script>");
        assertThat(page.storageFormat()).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;",
                "<ac:parameter ac:name=\"period\">latest</ac:parameter>");
        String html = preview.render(page.storageFormat(), new CountingKpiSource(Map.of(), Map.of()), "display");
        assertThat(html).doesNotContain("<script");
    }
}
