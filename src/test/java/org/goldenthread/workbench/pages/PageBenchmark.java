package org.goldenthread.workbench.pages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.FinancialYear;
import org.goldenthread.measure.Frequency;
import org.goldenthread.store.CsvImport;
import org.goldenthread.store.ImportJob;
import org.goldenthread.workbench.PluginDescriptor;
import org.goldenthread.workbench.WorkbenchOptions;
import org.goldenthread.workbench.WorkbenchServer;
import org.goldenthread.workbench.render.VelocityTemplates;

/**
 * Times a page of 100 KPI tiles against a page of one, rendered in the workbench as Confluence renders them (macros
 * one at a time, data from the REST API over loopback HTTP), and counts the data requests each makes. Not a test: it
 * prints the medians, their ratio (goal: 5 or less) and the requests (goal: 2 or fewer).
 * {@code mvn -q test-compile exec:java@page-benchmark}
 */
public final class PageBenchmark {
    private static final int KPIS = 100;
    private static final int RUNS = 31;
    private static final int WARM_UP = 15;

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path data = Files.createTempDirectory("gt-page-benchmark");
        try (WorkbenchServer server = WorkbenchServer.start(new WorkbenchOptions(0, data))) {
            load(new CsvImport(server.database().activeObjects(), Clock.systemDefaultZone()));
            PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
            PagePreview preview = new PagePreview(descriptor.macros(),
                    new VelocityTemplates(descriptor.velocityAllowlist()));
            URI rest = server.baseUri().resolve("rest/golden-thread/1.0/");
            String perf = "Basic " + Base64.getEncoder().encodeToString("perf:perf".getBytes(StandardCharsets.UTF_8));
            String one = page(1);
            String hundred = page(KPIS);
            for (int i = 0; i < WARM_UP; i++) {
                preview.render(one, new LoopbackKpiSource(rest, Map.of("Authorization", perf)), "display");
                preview.render(hundred, new LoopbackKpiSource(rest, Map.of("Authorization", perf)), "display");
            }
            Timing single = time(preview, one, rest, perf);
            Timing many = time(preview, hundred, rest, perf);
            System.out.printf(Locale.ROOT, "page of 1 tile: %.1f ms, %d data request(s); page of %d tiles: %.1f ms, "
                            + "%d data request(s); 100 tiles / 1 tile = %.2f (goal: 5.00 or less)%n",
                    single.millis(), single.requests(), KPIS, many.millis(), many.requests(),
                    many.millis() / single.millis());
        }
    }

    private record Timing(double millis, int requests) {
    }

    private static Timing time(PagePreview preview, String page, URI rest, String authorization) throws Exception {
        double[] times = new double[RUNS];
        int requests = 0;
        for (int i = 0; i < RUNS; i++) {
            LoopbackKpiSource source = new LoopbackKpiSource(rest, Map.of("Authorization", authorization));
            long start = System.nanoTime();
            preview.render(page, source, "display");
            times[i] = (System.nanoTime() - start) / 1e6;
            requests = Math.max(requests, source.requests());
        }
        Arrays.sort(times);
        return new Timing(times[RUNS / 2], requests);
    }

    private static String page(int tiles) {
        StringBuilder page = new StringBuilder("<h2>Clinic</h2>\n");
        for (int i = 1; i <= tiles; i++) {
            page.append("<ac:structured-macro ac:name=\"kpi-tile\" ac:schema-version=\"1\"><ac:parameter ")
                    .append("ac:name=\"kpi\">").append(key(i)).append("</ac:parameter></ac:structured-macro>\n");
        }
        return page.toString();
    }

    private static void load(CsvImport csv) {
        StringBuilder kpis = new StringBuilder("key,title,directorate,unit,decimals,polarity,frequency,owner\n");
        StringBuilder targets = new StringBuilder("kpi,financial_year,value\n");
        StringBuilder history = new StringBuilder("kpi,period,value\n");
        FinancialYear year = FinancialYear.startingIn(2024);
        for (int i = 1; i <= KPIS; i++) {
            kpis.append(key(i)).append(",Measure ").append(i).append(",Environment,PERCENT,1,HIGHER_IS_BETTER,")
                    .append("QUARTERLY,manager\n");
            targets.append(key(i)).append(',').append(year.id()).append(",60\n");
            targets.append(key(i)).append(",2025-26,61\n");
            for (int q = 1; q <= 4; q++) {
                history.append(key(i)).append(',').append(FinancialPeriod.of(Frequency.QUARTERLY, year, q).id())
                        .append(',').append(55 + (i + q) % 10).append('\n');
            }
        }
        require(csv.importKpis("kpis.csv", kpis.toString().getBytes(StandardCharsets.UTF_8), "perf"));
        require(csv.importTargets("targets.csv", targets.toString().getBytes(StandardCharsets.UTF_8), "perf"));
        require(csv.importMeasurements("history.csv", history.toString().getBytes(StandardCharsets.UTF_8), "perf"));
    }

    private static void require(ImportJob job) {
        if (job.state() != ImportJob.State.SUCCEEDED) {
            throw new IllegalStateException(job.fileName() + " did not import: " + job.problems());
        }
    }

    private static String key(int i) {
        return String.format(Locale.ROOT, "BEN-%03d", i);
    }
}
