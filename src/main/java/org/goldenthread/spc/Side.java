package org.goldenthread.spc;

/** Which way a special cause points: above the mean or increasing, or below it or decreasing. */
public enum Side {
    HIGH,
    LOW
}
