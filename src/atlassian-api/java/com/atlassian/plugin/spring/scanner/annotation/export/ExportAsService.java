/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Atlassian Spring Scanner annotations (atlassian-spring-scanner-annotation; 6.0.0 on Platform 8, as used by
 * atlassian-labs/atlassian-slack-integration-server). Checked against the decompiled 3.0.4 annotation jar in
 * ngannk-fptu/Decompiled-Files (com.atlassian.plugin.atlassian-spring-scanner-annotation-3.0.4).
 * Publishes a plugin component as an OSGi service under the given interfaces (index file exports).
 */
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface ExportAsService {
    Class<?>[] value() default {};
}
