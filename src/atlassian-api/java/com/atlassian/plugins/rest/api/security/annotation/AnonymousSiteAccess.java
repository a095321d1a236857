/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Atlassian REST v2 (Platform 7 and 8, atlassian-rest-v2-api). Package as imported by
 * atlassian-labs/atlassian-slack-integration-server (commit 04af287, "Platform 7 and REST v2 migration").
 * Target and retention as the REST v1 annotation of the same name (atlassian-rest-module 7.1.9,
 * com.atlassian.plugins.rest.common.security.AnonymousSiteAccess): types, methods and packages, read at run time.
 */
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface AnonymousSiteAccess {
}
