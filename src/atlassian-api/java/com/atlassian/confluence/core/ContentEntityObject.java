/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The page or blog post being rendered, checked against the decompiled Confluence 8.7.2 core in
 * ngannk-fptu/Decompiled-Files (com/atlassian/confluence/core/ContentEntityObject.java): an abstract class whose
 * getBodyAsString() answers the storage format. Only that method is declared.
 */
package com.atlassian.confluence.core;

public abstract class ContentEntityObject {
    protected ContentEntityObject() {
    }

    public String getBodyAsString() {
        throw new UnsupportedOperationException("host API declaration");
    }
}
