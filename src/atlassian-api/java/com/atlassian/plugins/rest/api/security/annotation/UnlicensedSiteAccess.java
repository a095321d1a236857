/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Atlassian REST v2 (Platform 7 and 8, atlassian-rest-v2-api): one of the access annotations listed on Atlassian's
 * "Prepare your Data Center app to comply with secure endpoint defaults" page (authenticated users, licensed or, where
 * the site allows it, unlicensed). Package as its sibling AnonymousSiteAccess, as imported by
 * atlassian-labs/atlassian-slack-integration-server. Target and retention as the REST v1 annotation of the same name
 * (com.atlassian.plugins.rest.common.security.UnlicensedSiteAccess): types and methods, read at run time.
 */
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnlicensedSiteAccess {
}
