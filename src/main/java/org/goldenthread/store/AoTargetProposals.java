package org.goldenthread.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.goldenthread.measure.FinancialPeriod;
import org.goldenthread.measure.InvalidFieldsException;
import org.goldenthread.measure.KpiDefinition;
import org.goldenthread.measure.Target;
import org.goldenthread.measure.TargetAmendment;
import org.goldenthread.measure.TargetInForce;
import org.goldenthread.measure.TargetSchedule;

/**
 * Proposed target amendments in Active Objects. Each step is audited in its own transaction; approving one amends
 * the target through {@link AoTargetRepository} in that same transaction, so the proposal is never approved without
 * its amendment, nor the reverse.
 */
public final class AoTargetProposals implements TargetProposals {
    private final ActiveObjects ao;
    private final AoTargetRepository targets;
    private final AoAuditTrail audit;
    private final EditClaims claims;
    private final Clock clock;

    public AoTargetProposals(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.targets = new AoTargetRepository(ao, clock);
        this.audit = new AoAuditTrail(ao);
        this.claims = new EditClaims(ao);
    }

    @Override
    public List<StoredTargetProposal> forKpi(KpiDefinition kpi) {
        return Arrays.stream(ao.find(TargetProposalEntity.class,
                Query.select().where("KPI_KEY = ?", kpi.key()).order("ID"))).map(row -> stored(kpi, row)).toList();
    }

    @Override
    public Optional<StoredTargetProposal> find(KpiDefinition kpi, int id) {
        return Optional.ofNullable(ao.get(TargetProposalEntity.class, id))
                .filter(row -> row.getKpiKey().equals(kpi.key())).map(row -> stored(kpi, row));
    }

    @Override
    public StoredTargetProposal propose(KpiDefinition kpi, FinancialPeriod effectiveFrom, Target target,
                                        String reason, String userKey) {
        String subject = "Invalid target amendment for " + kpi.key();
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldsException.of(subject, "reason", "is required: why the target changes mid-year "
                    + "(TGT-04)");
        }
        // refuses the wrong kind of target or frequency of period before any write
        TargetSchedule.of(kpi, List.of(), List.of(new TargetAmendment(effectiveFrom, target, reason, userKey,
                clock.instant())));
        return ao.executeInTransaction(() -> {
            Optional<Target> inForce = targets.schedule(kpi).targetFor(effectiveFrom).map(TargetInForce::target);
            if (inForce.isEmpty()) {
                throw InvalidFieldsException.of(subject, "period", "must be in a financial year with a target to "
                        + "amend, but " + effectiveFrom.year().label() + " has none: set the year's target first");
            }
            Map<String, Object> columns = new HashMap<>();
            columns.put("KPI_KEY", kpi.key());
            columns.put("EFFECTIVE_FROM", effectiveFrom.id());
            columns.put("REASON", reason.strip());
            columns.put("PROPOSED_BY", userKey);
            columns.put("PROPOSED_AT", Date.from(clock.instant()));
            columns.put("STATE", State.PROPOSED.name());
            columns.put("EDIT_VERSION", 1);
            TargetColumns.put(columns, target);
            TargetProposalEntity row = ao.create(TargetProposalEntity.class, columns);
            StoredTargetProposal proposal = stored(kpi, row);
            audit.append(new AuditEvent(kpi.key(), Optional.of(effectiveFrom.id()), "target amendment proposed",
                    userKey, clock.instant(), inForce.map(TargetColumns::text), Optional.of(summary(proposal))));
            return proposal;
        });
    }

    @Override
    public StoredTargetProposal approve(KpiDefinition kpi, int id, int editVersion, String note, String userKey) {
        String approved = note == null || note.isBlank() ? null : note.strip();
        return decide(kpi, id, editVersion, State.APPROVED, approved, userKey);
    }

    @Override
    public StoredTargetProposal reject(KpiDefinition kpi, int id, int editVersion, String reason, String userKey) {
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldsException.of("Cannot reject target amendment " + id + " for " + kpi.key(), "reason",
                    "is required: why the target stays as it is");
        }
        return decide(kpi, id, editVersion, State.REJECTED, reason.strip(), userKey);
    }

    private StoredTargetProposal decide(KpiDefinition kpi, int id, int editVersion, State decision, String note,
                                        String userKey) {
        String verb = decision == State.APPROVED ? "approve" : "reject";
        return ao.executeInTransaction(() -> {
            TargetProposalEntity row = ao.get(TargetProposalEntity.class, id);
            if (row == null || !row.getKpiKey().equals(kpi.key())) {
                throw InvalidFieldsException.of("Target amendment " + id, "id", "must name a target amendment of "
                        + kpi.key());
            }
            StoredTargetProposal before = stored(kpi, row);
            if (before.state() != State.PROPOSED) {
                throw new DecisionRefusedException(DecisionRefusedException.Rule.STATE, "Only a proposed target "
                        + "amendment can be approved or rejected, but this one was " + name(before.state()) + " by "
                        + before.decidedBy().orElse("") + " at " + before.decidedAt().map(Instant::toString)
                        .orElse(""));
            }
            if (before.proposedBy().equals(userKey)) {
                throw new DecisionRefusedException(DecisionRefusedException.Rule.SEPARATION_OF_DUTIES,
                        "Separation of duties: the person who proposed a target amendment cannot also " + verb
                                + " it");
            }
            String what = "Target amendment " + id + " for " + kpi.key();
            if (row.getEditVersion() != editVersion) {
                throw new ConflictException(what, row.getEditVersion(), editVersion);
            }
            claims.claim("TARGET PROPOSAL " + id, editVersion + 1,
                    () -> new ConflictException(what, editVersion + 1, editVersion));
            Instant now = clock.instant();
            row.setState(decision.name());
            row.setDecidedBy(userKey);
            row.setDecidedAt(Date.from(now));
            row.setDecisionNote(note);
            row.setEditVersion(editVersion + 1);
            row.save();
            audit.append(new AuditEvent(kpi.key(), Optional.of(before.effectiveFrom().id()),
                    "target amendment " + name(decision), userKey, now,
                    Optional.of("Proposed by " + before.proposedBy() + ": " + summary(before)),
                    Optional.of(capitalised(name(decision)) + (note == null ? "" : ": " + note))));
            if (decision == State.APPROVED) {
                targets.amend(kpi, new TargetAmendment(before.effectiveFrom(), before.target(), before.reason(),
                        userKey, now));
            }
            return stored(kpi, row);
        });
    }

    private static StoredTargetProposal stored(KpiDefinition kpi, TargetProposalEntity row) {
        return new StoredTargetProposal(row.getID(), row.getKpiKey(),
                FinancialPeriod.parse(row.getEffectiveFrom(), kpi.frequency()),
                TargetColumns.read(row.getTargetValue(), row.getBandLow(), row.getBandHigh()), row.getReason(),
                row.getProposedBy(), row.getProposedAt().toInstant(), State.valueOf(row.getState()),
                Optional.ofNullable(row.getDecidedBy()),
                Optional.ofNullable(row.getDecidedAt()).map(Date::toInstant),
                Optional.ofNullable(row.getDecisionNote()), row.getEditVersion());
    }

    /** "65.0 from 2025/26 Q3: Service redesigned". */
    private static String summary(StoredTargetProposal proposal) {
        return TargetColumns.text(proposal.target()) + " from " + proposal.effectiveFrom().label() + ": "
                + proposal.reason();
    }

    private static String name(State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
