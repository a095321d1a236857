package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.goldenthread.benchmark.BenchmarkValue;
import org.goldenthread.csv.BenchmarkCsv;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.Frequency;

/** Benchmark figures in Active Objects. */
public final class AoBenchmarkRepository implements BenchmarkRepository {
    private static final Comparator<BenchmarkValue> ORDER = Comparator.comparing(BenchmarkValue::indicator)
            .thenComparing(BenchmarkValue::period).thenComparing(BenchmarkValue::authority)
            .thenComparing(value -> value.comparatorGroup().orElse(""));

    private final ActiveObjects ao;

    public AoBenchmarkRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public List<BenchmarkValue> values(String indicator) {
        return read(ao.find(BenchmarkEntity.class, "INDICATOR_CODE = ?", indicator));
    }

    @Override
    public List<BenchmarkValue> all() {
        return read(ao.find(BenchmarkEntity.class, Query.select()));
    }

    /**
     * The unique row key: a SHA-256 digest of indicator, frequency, period, authority and comparator group, since
     * those together can be longer than an indexed column holds.
     */
    static String rowKey(BenchmarkValue value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(BenchmarkCsv.key(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static BenchmarkValue value(BenchmarkEntity row) {
        return new BenchmarkValue(row.getIndicatorCode(), FinancialPeriod.parse(row.getPeriodId(),
                Frequency.valueOf(row.getFrequency())), row.getAuthority(),
                Optional.ofNullable(row.getComparatorGroup()).filter(group -> !group.isEmpty()),
                new BigDecimal(row.getBenchValue()), Optional.ofNullable(row.getSource()).filter(s -> !s.isEmpty()));
    }

    private static List<BenchmarkValue> read(BenchmarkEntity[] rows) {
        return Arrays.stream(rows).map(AoBenchmarkRepository::value).sorted(ORDER).toList();
    }
}
