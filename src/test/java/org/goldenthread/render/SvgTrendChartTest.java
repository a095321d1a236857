package org.goldenthread.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.goldenthread.contract.SeriesView;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgTrendChartTest {

    @Test
    void aTwentyPeriodGraphWithTargetToleranceAndSpcFitsInSixKilobytes() {
        String svg = SvgTrendChart.draw(TrendChartLayout.of(SeriesFixtures.quarters("Household waste recycled", 20),
                ChartOptions.STANDARD), "gt-c1");

        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(6 * 1024);
        assertThat(svg).contains("fill=\"" + Palette.TOLERANCE + "\"", "stroke-dasharray=\"5 3\"",
                "stroke=\"" + Palette.TARGET + "\"");
    }

    @Test
    void isAnImageNamedByItsTitleAndDescribedBySummary() throws Exception {
        Element svg = parse(SvgTrendChart.draw(TrendChartLayout.of(SeriesFixtures.quarters("Household waste", 8),
                ChartOptions.STANDARD), "gt-c2")).getDocumentElement();

        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("gt-c2-t gt-c2-d");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("WST-01 Household waste");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo(
                "Trend of Household waste, 8 periods from 2019/20 Q2 to 2021/22 Q1. Latest, 2021/22 Q1: 64.6% "
                        + "against a target of 60.0%, Green (on target). Common cause "
                        + "variation: nothing unusual.");
    }

    @Test
    void labelsTheAxisWithShortQuarterNames() {
        String svg = SvgTrendChart.draw(TrendChartLayout.of(SeriesFixtures.quarters("Waste", 4),
                ChartOptions.STANDARD), "gt-c3");

        assertThat(svg).contains(">Q2 20/21<", ">Q3 20/21<", ">Q4 20/21<", ">Q1 21/22<");
    }

    @Test
    void marksSpecialCausePointsByShapeAsWellAsColour() {
        TrendChart chart = TrendChartLayout.of(SeriesFixtures.quarters("Waste", 8), ChartOptions.STANDARD);

        assertThat(chart.markers()).extracting(TrendChart.Marker::kind).containsOnlyOnce(
                TrendChart.MarkerKind.CONCERN);
        assertThat(SvgTrendChart.draw(chart, "gt-c4")).contains("fill=\"" + Palette.CONCERN + "\"",
                "l5.5 5.5-5.5 5.5-5.5-5.5z");
        TrendChart withoutSpc = TrendChartLayout.of(SeriesFixtures.quarters("Waste", 8),
                ChartOptions.STANDARD.withSpc(false));
        assertThat(withoutSpc.markers()).extracting(TrendChart.Marker::kind)
                .containsOnly(TrendChart.MarkerKind.COMMON_CAUSE);
        assertThat(withoutSpc.spcLimits()).isEmpty();
    }

    @Test
    void aPeriodWithoutAFigureBreaksTheLine() {
        SeriesView series = SeriesFixtures.quarters("Waste", 6);
        List<SeriesView.SeriesPoint> points = new ArrayList<>(series.points());
        points.set(2, SeriesFixtures.withoutValue(points.get(2)));

        TrendChart chart = TrendChartLayout.of(SeriesFixtures.with(series, points), ChartOptions.STANDARD);

        assertThat(chart.actuals()).hasSize(2);
        assertThat(chart.table().get(2).value()).isEqualTo("no figure");
        assertThat(chart.table().get(2).status()).isEqualTo("Missing");
    }

    @Test
    void showsOnlyTheLastPeriodsAskedFor() {
        TrendChart chart = TrendChartLayout.of(SeriesFixtures.quarters("Waste", 20),
                ChartOptions.STANDARD.withPeriods(6));

        assertThat(chart.table()).hasSize(6);
        assertThat(chart.xLabels()).hasSize(6);
    }

    @Test
    void hostileTextComesOutAsText() throws Exception {
        String hostile = "<script>alert(1)</script>\"><svg onload=alert(2)>";
        Document svg = parse(SvgTrendChart.draw(TrendChartLayout.of(SeriesFixtures.quarters(hostile, 4),
                ChartOptions.STANDARD), "gt-c5"));

        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getElementsByTagName("svg").getLength()).isEqualTo(1);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("WST-01 " + hostile);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
