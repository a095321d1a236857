/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * SAL's transaction callback (com.atlassian.sal:sal-api), checked against the decompiled sal-api 5.1.4 in
 * ngannk-fptu/Decompiled-Files (com.atlassian.sal_sal-api-5.1.4, transaction/TransactionCallback.java).
 */
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
