/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The checked exception of Jira's entity engine, thrown by CustomFieldManager.createCustomField. Named as in the
 * Jira 6.3.15 source (turgaycelik/mysource) and caught by gnl42/jira-testkit against Jira 8.1. The real class extends
 * org.ofbiz.core.util.GeneralException, an Exception the app never names.
 */
package org.ofbiz.core.entity;

public class GenericEntityException extends Exception {
    public GenericEntityException(String message) {
        super(message);
    }
}
