package org.goldenthread.contract;

import java.util.List;

/** What a bulk publication published: the period and the KPIs whose signed-off updates it made public. */
public record PublicationView(String periodId, List<String> published) {
}
