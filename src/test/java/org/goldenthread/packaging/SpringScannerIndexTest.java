package org.goldenthread.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpringScannerIndexTest {
    private static final Path COMMITTED_INDEX = Path.of("src/main/resources/META-INF/plugin-components");

    @Test
    void committedIndexMatchesTheAnnotationsInTheApp() throws Exception {
        JavaClasses app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/org/goldenthread/workbench/"))
                .importPackages("org.goldenthread");
        SpringScannerIndex expected = SpringScannerIndex.derive(app);
        SpringScannerIndex committed = SpringScannerIndex.read(COMMITTED_INDEX);

        assertThat(committed.files())
                .withFailMessage(() -> "The Spring Scanner index in " + COMMITTED_INDEX
                        + " does not match the annotations in the code. It should read:\n" + expected.describe()
                        + "\nbut reads:\n" + committed.describe())
                .isEqualTo(expected.files());
    }

    @Test
    void componentsImportsAndExportsGoToTheFilesOfTheirProduct() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("org.goldenthread.packaging.fixture");

        Map<String, ? extends Set<String>> index = SpringScannerIndex.derive(fixtures).files();

        assertThat(index).containsOnlyKeys("component-jira", "component-confluence", "imports", "imports-jira",
                "exports");
        assertThat(index.get("component-jira")).containsExactly(
                "org.goldenthread.packaging.fixture.ReminderService#reminders");
        assertThat(index.get("component-confluence")).containsExactly(
                "org.goldenthread.packaging.fixture.PageCache");
        assertThat(index.get("imports")).containsExactly("org.goldenthread.packaging.fixture.HostClock");
        assertThat(index.get("imports-jira")).containsExactly("java.util.function.Supplier#userKeys");
        assertThat(index.get("exports")).containsExactly(
                "org.goldenthread.packaging.fixture.ReminderService#java.lang.Runnable");
    }
}
