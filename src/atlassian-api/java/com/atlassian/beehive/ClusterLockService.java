/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * Locks held across every node of a Data Center cluster (beehive-api). Checked against the decompiled beehive-api
 * 5.0.1 in ngannk-fptu/Decompiled-Files (com/atlassian/beehive/ClusterLockService.java) and its javadoc
 * (docs.atlassian.com/beehive); not yet against the Platform 8 jar itself. Only the method the app calls is declared.
 */
package com.atlassian.beehive;

public interface ClusterLockService {
    /** The cluster-wide lock of that name, the same one on every node. */
    ClusterLock getLockForName(String lockName);
}
