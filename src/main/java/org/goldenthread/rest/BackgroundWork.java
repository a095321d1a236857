package org.goldenthread.rest;

/** Where the host runs work that outlives the request that started it, such as an import answered with 202. */
public interface BackgroundWork {
    void run(Runnable work);
}
