package org.goldenthread.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkbenchOptionsTest {

    @Test
    void defaultsToPort8080AndTheDataDirectoryHere() {
        WorkbenchOptions options = WorkbenchOptions.parse(new String[0], Map.of());

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(options.sampleCouncil()).isTrue();
    }

    @Test
    void noSampleStartsWithAnEmptyStore() {
        assertThat(WorkbenchOptions.parse(new String[] {"--no-sample"}, Map.of()).sampleCouncil()).isFalse();
    }

    @Test
    void takesTheEnvironmentAndLetsArgumentsOverrideIt() {
        Map<String, String> environment = Map.of("GT_PORT", "9090", "GT_DATA", "/tmp/gt");

        assertThat(WorkbenchOptions.parse(new String[0], environment).port()).isEqualTo(9090);
        assertThat(WorkbenchOptions.parse(new String[0], environment).dataDirectory()).isEqualTo(Path.of("/tmp/gt"));
        WorkbenchOptions overridden = WorkbenchOptions.parse(new String[] {"--port", "7000", "--data", "/srv/gt"},
                environment);
        assertThat(overridden.port()).isEqualTo(7000);
        assertThat(overridden.dataDirectory()).isEqualTo(Path.of("/srv/gt"));
    }

    @Test
    void aBadPortNamesTheRule() {
        assertThatThrownBy(() -> WorkbenchOptions.parse(new String[] {"--port", "80a"}, Map.of()))
                .hasMessage("port must be a whole number from 0 to 65535, not '80a'");
        assertThatThrownBy(() -> WorkbenchOptions.parse(new String[0], Map.of("GT_PORT", "70000")))
                .hasMessage("port must be a whole number from 0 to 65535, not '70000'");
    }

    @Test
    void unknownOptionsAndMissingValuesShowTheUsage() {
        assertThatThrownBy(() -> WorkbenchOptions.parse(new String[] {"--verbose"}, Map.of()))
                .hasMessageStartingWith("unknown option '--verbose'; usage: workbench [--port N] [--data DIR]");
        assertThatThrownBy(() -> WorkbenchOptions.parse(new String[] {"--data"}, Map.of()))
                .hasMessageStartingWith("--data needs a value; usage:");
    }
}
