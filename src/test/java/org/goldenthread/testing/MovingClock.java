package org.goldenthread.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test sets and moves on, so things happen on the days and at the times the test says. */
public final class MovingClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public MovingClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovingClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
