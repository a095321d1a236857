package org.goldenthread.contract;

import java.util.List;

/**
 * An import job as any node reports it: {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}; rows checked so far of
 * the file's total; rows created or changed; and, for a failed one, every problem.
 */
public record ImportJobView(int job, String kind, String state, int processed, int total, int imported, int created,
                            int changed, int unchanged, List<ImportError> errors) {
}
