/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * The Active Objects SPI's database type (com.atlassian.activeobjects:activeobjects-spi), checked against its source
 * in Kast0rTr0y/ao-plugin (activeobjects-spi/.../spi/DatabaseType.java). Only the constants the workbench reports are
 * declared; the real enum has more (MySQL, Oracle, SQL Server and others).
 */
package com.atlassian.activeobjects.spi;

public enum DatabaseType {
    H2,
    HSQL,
    POSTGRESQL,
    UNKNOWN
}
