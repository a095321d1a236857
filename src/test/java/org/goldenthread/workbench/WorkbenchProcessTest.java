package org.goldenthread.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench as a user runs it: its own process, one clear line and exit code 1 when it cannot start. */
class WorkbenchProcessTest {
    private static final Pattern RUNNING = Pattern.compile("running at (http://127\\.0\\.0\\.1:(\\d+)/)");
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path data;

    @TempDir
    Path logs;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void startsServesHealthAndRefusesASecondStartOnTheSamePort() throws Exception {
        Launched first = launch("--port", "0", "--data", data.resolve("first").toString());
        URI base = first.awaitRunning();
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve("rest/golden-thread/1.0/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);

        Launched second = launch("--port", String.valueOf(base.getPort()), "--data", data.resolve("second").toString());

        assertThat(second.awaitExit()).isEqualTo(1);
        assertThat(second.errors()).containsExactly("workbench: port " + base.getPort()
                + " on 127.0.0.1 is already in use (choose another with --port or GT_PORT)");
        assertThat(data.resolve("second")).doesNotExist();
    }

    @Test
    void refusesADataDirectoryAnotherWorkbenchHoldsInOneLine() throws Exception {
        launch("--port", "0", "--data", data.toString()).awaitRunning();

        Launched second = launch("--port", "0", "--data", data.toString());

        assertThat(second.awaitExit()).isEqualTo(1);
        assertThat(second.errors()).containsExactly(
                "workbench: data directory " + data.toAbsolutePath().normalize() + " is in use by another workbench");
    }

    @Test
    void stopsCleanlyOnASignalAndLeavesTheDatabaseClosed() throws Exception {
        Launched workbench = launch("--port", "0", "--data", data.toString());
        workbench.awaitRunning();

        workbench.process.destroy();

        assertThat(workbench.process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(workbench.errors()).isEmpty();
        assertThat(Files.readString(data.resolve("golden-thread.properties"))).contains("modified=no");
        assertThat(data.resolve("golden-thread.lck")).doesNotExist();
    }

    private Launched launch(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Workbench.class.getName()));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile(logs, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().remove("GT_PORT");
        builder.environment().remove("GT_DATA");
        Process process = builder.start();
        started.add(process);
        return new Launched(process, errors);
    }

    /** A launched workbench; its standard error goes to a file, which outlives the process's pipes. */
    private record Launched(Process process, Path errorFile) {

        URI awaitRunning() throws IOException {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher running = RUNNING.matcher(line);
                if (running.find()) {
                    return URI.create(running.group(1));
                }
            }
            throw new AssertionError("the workbench ended before it was running: " + errors());
        }

        int awaitExit() throws InterruptedException {
            assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("workbench exited").isTrue();
            return process.exitValue();
        }

        List<String> errors() throws IOException {
            return Files.readAllLines(errorFile).stream().filter(line -> !line.isBlank()).toList();
        }
    }
}
