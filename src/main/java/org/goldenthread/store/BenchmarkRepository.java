package org.goldenthread.store;

import java.util.List;
import org.goldenthread.benchmark.BenchmarkValue;

/** Benchmark figures from other authorities, by indicator (KPI-18). */
public interface BenchmarkRepository {
    /** Every figure for the indicator, by period then authority. */
    List<BenchmarkValue> values(String indicator);

    /** Every figure held. */
    List<BenchmarkValue> all();
}
