/*
 * Host API declaration, compiled against but never packaged: the product provides the real type.
 * A lock held across the cluster (beehive-api), a java.util.concurrent.locks.Lock. Checked against the decompiled
 * beehive-api 5.0.1 in ngannk-fptu/Decompiled-Files (com/atlassian/beehive/ClusterLock.java). The method it adds to
 * Lock is left out, as the app uses only Lock's own.
 */
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
