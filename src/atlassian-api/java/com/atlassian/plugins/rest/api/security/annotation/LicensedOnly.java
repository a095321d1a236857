/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Atlassian REST v2 (Platform 7 and 8, atlassian-rest-v2-api): the access annotation that lets only users with a
 * product licence in, as listed on Atlassian's "Prepare your Data Center app to comply with secure endpoint defaults"
 * page. Package as its siblings AnonymousSiteAccess and UnlicensedSiteAccess; used on resource methods of a jakarta
 * (Platform 8) Jira plugin in alanmosely's PullRequestResource (com.alanmosely.jira.plugin.api). Target and retention
 * as its siblings: types and methods, read at run time; a method's annotation decides over its class's.
 */
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
