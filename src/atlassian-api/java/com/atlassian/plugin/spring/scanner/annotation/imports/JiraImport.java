/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Atlassian Spring Scanner annotations (atlassian-spring-scanner-annotation; 6.0.0 on Platform 8, as used by
 * atlassian-labs/atlassian-slack-integration-server). Checked against the decompiled 3.0.4 annotation jar in
 * ngannk-fptu/Decompiled-Files (com.atlassian.plugin.atlassian-spring-scanner-annotation-3.0.4).
 * A ComponentImport that applies only inside Jira (index file imports-jira).
 */
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface JiraImport {
    String value() default "";
}
