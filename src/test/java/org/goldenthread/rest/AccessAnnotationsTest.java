package org.goldenthread.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What Jira's REST layer lets through before our own checks (issue security aside): a change needs a licensed user;
 * a read of KPI data is open to unlicensed users, such as scrutiny members, and to anonymous ones, whom our own check
 * then refuses unless the council reports publicly. A method's annotation decides over its class's; none means
 * licensed only.
 */
class AccessAnnotationsTest {
    /** Reads sent as POST, as they carry a list of KPIs too long for a query string. */
    private static final Set<String> READS_BY_POST = Set.of("ReportResource.tiles");
    /** Reads for the performance team or administrators only, left licensed. */
    private static final Set<String> STAFF_READS = Set.of("ImportResource.job", "ExportResource.export",
            "PeriodResource.summary", "SettingsResource.current", "SettingsResource.changes");

    @Test
    void everyChangeNeedsALicensedUser() {
        List<String> open = new ArrayList<>();
        for (Method method : resourceMethods()) {
            boolean change = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                    || method.isAnnotationPresent(DELETE.class);
            if (change && !READS_BY_POST.contains(name(method)) && access(method) != LicensedOnly.class) {
                open.add(name(method) + " is " + access(method).getSimpleName());
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void everyReadOfKpiDataIsOpenToUnlicensedAndAnonymousReaders() {
        List<String> closed = new ArrayList<>();
        for (Method method : resourceMethods()) {
            boolean read = method.isAnnotationPresent(GET.class) || READS_BY_POST.contains(name(method));
            if (read && !STAFF_READS.contains(name(method)) && access(method) != AnonymousSiteAccess.class) {
                closed.add(name(method) + " is " + access(method).getSimpleName());
            }
        }
        assertThat(closed).isEmpty();
    }

    private static Class<? extends Annotation> access(Method method) {
        return declared(method).or(() -> declared(method.getDeclaringClass())).orElse(LicensedOnly.class);
    }

    private static Optional<Class<? extends Annotation>> declared(AnnotatedElement element) {
        for (Class<? extends Annotation> type : List.of(AnonymousSiteAccess.class, UnlicensedSiteAccess.class,
                LicensedOnly.class)) {
            if (element.isAnnotationPresent(type)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static List<Method> resourceMethods() {
        List<Method> methods = new ArrayList<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.goldenthread.rest").stream()
                .filter(type -> type.isAnnotatedWith(Path.class))
                .forEach(type -> {
                    for (Method method : type.reflect().getDeclaredMethods()) {
                        if (method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                                || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class)) {
                            methods.add(method);
                        }
                    }
                });
        assertThat(methods).as("resource methods found").hasSizeGreaterThan(20);
        return methods;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
