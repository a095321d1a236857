package org.goldenthread.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a KPI is and how it is judged (KPI-01 to KPI-33, ARCHITECTURE section 4). Immutable; built and validated by
 * {@link Builder}, which reports every broken rule at once, each naming its field.
 */
public final class KpiDefinition {
    static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    static final int KEY_MAX = 32;
    static final int DECIMALS_MAX = 6;
    /** A label as Jira has them: one word, letters, digits and {@code - _ .} only. */
    static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}_.-]{1,50}");
    static final int LABELS_MAX = 20;

    private final String key;
    private final String title;
    private final String definition;
    private final String rationale;
    private final String calculation;
    private final String dataSource;
    private final Unit unit;
    private final int decimals;
    private final Polarity polarity;
    private final Frequency frequency;
    private final ReportingLevel level;
    private final String directorate;
    private final String service;
    private final String priority;
    private final Optional<CorporateHealthCategory> corporateHealth;
    private final boolean isPublic;
    private final Control control;
    private final boolean compliance;
    private final Optional<Tolerance> tolerance;
    private final PlausibleRange plausibleRange;
    private final Optional<Band> defaultBand;
    private final Optional<String> benchmarkIndicator;
    private final LifecycleState lifecycle;
    private final int definitionVersion;
    private final String owner;
    private final List<String> updaters;
    private final Optional<String> approver;
    private final List<String> labels;

    private KpiDefinition(Builder b) {
        key = b.key;
        title = b.title.strip();
        definition = b.definition;
        rationale = b.rationale;
        calculation = b.calculation;
        dataSource = b.dataSource;
        unit = b.unit;
        decimals = b.decimals == null ? b.unit.defaultDecimals() : b.decimals;
        polarity = b.polarity;
        frequency = b.frequency;
        level = b.level;
        directorate = b.directorate.strip();
        service = b.service;
        priority = b.priority;
        corporateHealth = Optional.ofNullable(b.corporateHealth);
        isPublic = b.isPublic;
        control = b.control;
        compliance = b.compliance;
        tolerance = Optional.ofNullable(b.tolerance);
        plausibleRange = b.plausibleRange;
        defaultBand = Optional.ofNullable(b.defaultBand);
        benchmarkIndicator = Optional.ofNullable(b.benchmarkIndicator).filter(code -> !code.isBlank());
        lifecycle = b.lifecycle;
        definitionVersion = b.definitionVersion;
        owner = b.owner.strip();
        updaters = b.updaters.isEmpty() ? List.of(owner) : List.copyOf(b.updaters);
        approver = Optional.ofNullable(b.approver).filter(user -> !user.isBlank());
        labels = List.copyOf(b.labels);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this definition's fields, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().key(key).title(title).definition(definition).rationale(rationale)
                .calculation(calculation).dataSource(dataSource).unit(unit).decimals(decimals).polarity(polarity)
                .frequency(frequency).level(level).directorate(directorate).service(service).priority(priority)
                .corporateHealth(corporateHealth.orElse(null)).isPublic(isPublic).control(control)
                .compliance(compliance).tolerance(tolerance.orElse(null)).plausibleRange(plausibleRange)
                .defaultBand(defaultBand.orElse(null)).benchmarkIndicator(benchmarkIndicator.orElse(null))
                .lifecycle(lifecycle).definitionVersion(definitionVersion).owner(owner).updaters(updaters)
                .approver(approver.orElse(null)).labels(labels);
    }

    /** The council's reference, e.g. {@code WST-01}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** What is measured, clear enough that it is collected the same way every time (KPI-01). */
    public String definition() {
        return definition;
    }

    /** Why the council measures it (KPI-02). */
    public String rationale() {
        return rationale;
    }

    /** Numerator, denominator and what is included (KPI-03). */
    public String calculation() {
        return calculation;
    }

    public String dataSource() {
        return dataSource;
    }

    public Unit unit() {
        return unit;
    }

    /** Decimal places a figure is shown with, and judged at. */
    public int decimals() {
        return decimals;
    }

    public Polarity polarity() {
        return polarity;
    }

    public Frequency frequency() {
        return frequency;
    }

    public ReportingLevel level() {
        return level;
    }

    public String directorate() {
        return directorate;
    }

    public String service() {
        return service;
    }

    /** The council plan priority or outcome the KPI serves: its place in the golden thread (KPI-09). */
    public String priority() {
        return priority;
    }

    public Optional<CorporateHealthCategory> corporateHealth() {
        return corporateHealth;
    }

    /** Whether published figures may appear on public pages (KPI-12). */
    public boolean isPublic() {
        return isPublic;
    }

    public Control control() {
        return control;
    }

    /** A compliance KPI is met or not met, with no tolerance (RAG-03). */
    public boolean compliance() {
        return compliance;
    }

    /** The KPI's own tolerance; empty means the council-wide default applies. */
    public Optional<Tolerance> tolerance() {
        return tolerance;
    }

    public PlausibleRange plausibleRange() {
        return plausibleRange;
    }

    /** For a band KPI, the band used in any year that has no target of its own. */
    public Optional<Band> defaultBand() {
        return defaultBand;
    }

    /** The code of the matching benchmark indicator, e.g. an LG Inform metric. */
    public Optional<String> benchmarkIndicator() {
        return benchmarkIndicator;
    }

    public LifecycleState lifecycle() {
        return lifecycle;
    }

    /** Goes up whenever the definition, calculation, unit or polarity changes, breaking the series (DOT-05). */
    public int definitionVersion() {
        return definitionVersion;
    }

    /**
     * True if a figure under this definition cannot be compared with one under {@code earlier} (DOT-05, PIT-02): what
     * is measured, how it is calculated, its unit or which way is good has changed.
     */
    public boolean breaksSeriesFrom(KpiDefinition earlier) {
        return !definition.equals(earlier.definition) || !calculation.equals(earlier.calculation)
                || unit != earlier.unit || polarity != earlier.polarity;
    }

    /** This definition as the one after {@code earlier}: a new version if it breaks the series, else the same one. */
    public KpiDefinition versionedAfter(KpiDefinition earlier) {
        int version = earlier.definitionVersion + (breaksSeriesFrom(earlier) ? 1 : 0);
        return version == definitionVersion ? this : toBuilder().definitionVersion(version).build();
    }

    /** The accountable officer's user key. */
    public String owner() {
        return owner;
    }

    /** Who enters the figures; the owner unless others are named. */
    public List<String> updaters() {
        return updaters;
    }

    /** Who signs updates off; empty means the head of the directorate does. */
    public Optional<String> approver() {
        return approver;
    }

    /** The council's own tags for the KPI, such as {@code council-plan} or {@code single-data-list}, for filtering. */
    public List<String> labels() {
        return labels;
    }

    @Override
    public String toString() {
        return key + " " + title + " (version " + definitionVersion + ")";
    }

    /** Collects a definition's fields; {@link #build()} checks them all and names every field that breaks a rule. */
    public static final class Builder {
        private String key;
        private String title;
        private String definition = "";
        private String rationale = "";
        private String calculation = "";
        private String dataSource = "";
        private Unit unit;
        private Integer decimals;
        private Polarity polarity;
        private Frequency frequency = Frequency.QUARTERLY;
        private ReportingLevel level = ReportingLevel.OPERATIONAL;
        private String directorate;
        private String service = "";
        private String priority = "";
        private CorporateHealthCategory corporateHealth;
        private boolean isPublic;
        private Control control = Control.CONTROLLED;
        private boolean compliance;
        private Tolerance tolerance;
        private PlausibleRange plausibleRange = PlausibleRange.ANY;
        private Band defaultBand;
        private String benchmarkIndicator;
        private LifecycleState lifecycle = LifecycleState.ACTIVE;
        private int definitionVersion = 1;
        private String owner;
        private List<String> updaters = List.of();
        private String approver;
        private List<String> labels = List.of();

        private Builder() {
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder definition(String definition) {
            this.definition = text(definition);
            return this;
        }

        public Builder rationale(String rationale) {
            this.rationale = text(rationale);
            return this;
        }

        public Builder calculation(String calculation) {
            this.calculation = text(calculation);
            return this;
        }

        public Builder dataSource(String dataSource) {
            this.dataSource = text(dataSource);
            return this;
        }

        public Builder unit(Unit unit) {
            this.unit = unit;
            return this;
        }

        /** Decimal places; unset means the unit's default. */
        public Builder decimals(Integer decimals) {
            this.decimals = decimals;
            return this;
        }

        public Builder polarity(Polarity polarity) {
            this.polarity = polarity;
            return this;
        }

        public Builder frequency(Frequency frequency) {
            this.frequency = frequency;
            return this;
        }

        public Builder level(ReportingLevel level) {
            this.level = level;
            return this;
        }

        public Builder directorate(String directorate) {
            this.directorate = directorate;
            return this;
        }

        public Builder service(String service) {
            this.service = text(service);
            return this;
        }

        public Builder priority(String priority) {
            this.priority = text(priority);
            return this;
        }

        public Builder corporateHealth(CorporateHealthCategory corporateHealth) {
            this.corporateHealth = corporateHealth;
            return this;
        }

        public Builder isPublic(boolean isPublic) {
            this.isPublic = isPublic;
            return this;
        }

        public Builder control(Control control) {
            this.control = control;
            return this;
        }

        public Builder compliance(boolean compliance) {
            this.compliance = compliance;
            return this;
        }

        /** The KPI's own tolerance; null to inherit the council's default. */
        public Builder tolerance(Tolerance tolerance) {
            this.tolerance = tolerance;
            return this;
        }

        public Builder plausibleRange(PlausibleRange plausibleRange) {
            this.plausibleRange = plausibleRange;
            return this;
        }

        public Builder defaultBand(Band defaultBand) {
            this.defaultBand = defaultBand;
            return this;
        }

        public Builder benchmarkIndicator(String benchmarkIndicator) {
            this.benchmarkIndicator = benchmarkIndicator;
            return this;
        }

        public Builder lifecycle(LifecycleState lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        public Builder definitionVersion(int definitionVersion) {
            this.definitionVersion = definitionVersion;
            return this;
        }

        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        public Builder updaters(List<String> updaters) {
            this.updaters = updaters == null ? List.of() : updaters;
            return this;
        }

        public Builder approver(String approver) {
            this.approver = approver;
            return this;
        }

        public Builder labels(List<String> labels) {
            this.labels = labels == null ? List.of() : labels.stream().map(Builder::text)
                    .filter(label -> !label.isEmpty()).distinct().toList();
            return this;
        }

        /** The definition, or an {@link InvalidFieldsException} listing every field that breaks a rule. */
        public KpiDefinition build() {
            List<FieldProblem> problems = problems();
            if (!problems.isEmpty()) {
                String subject = key == null || key.isBlank() ? "KPI definition" : "KPI definition " + key.strip();
                throw new InvalidFieldsException(subject, problems);
            }
            return new KpiDefinition(this);
        }

        private List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            if (blank(key)) {
                problems.add(new FieldProblem("key", "is required"));
            } else if (key.length() > KEY_MAX || !KEY.matcher(key).matches()) {
                problems.add(new FieldProblem("key", "must be capital letters, digits and single hyphens, starting "
                        + "with a letter and at most " + KEY_MAX + " characters (e.g. WST-01), but is '" + key + "'"));
            }
            if (blank(title)) {
                problems.add(new FieldProblem("title", "is required"));
            }
            ShortText.check(problems, "title", title);
            require(problems, "unit", unit);
            require(problems, "polarity", polarity);
            require(problems, "frequency", frequency);
            require(problems, "level", level);
            require(problems, "control", control);
            require(problems, "lifecycle", lifecycle);
            require(problems, "plausibleRange", plausibleRange);
            if (blank(directorate)) {
                problems.add(new FieldProblem("directorate", "is required"));
            }
            if (blank(owner)) {
                problems.add(new FieldProblem("owner", "is required"));
            }
            ShortText.check(problems, "directorate", directorate);
            ShortText.check(problems, "service", service);
            ShortText.check(problems, "priority", priority);
            ShortText.check(problems, "dataSource", dataSource);
            ShortText.check(problems, "benchmarkIndicator", benchmarkIndicator);
            ShortText.check(problems, "owner", owner);
            ShortText.check(problems, "approver", approver);
            if (decimals != null && (decimals < 0 || decimals > DECIMALS_MAX)) {
                problems.add(new FieldProblem("decimals", "must be from 0 to " + DECIMALS_MAX + ", but is " + decimals));
            }
            if (definitionVersion < 1) {
                problems.add(new FieldProblem("definitionVersion", "must be 1 or more, but is " + definitionVersion));
            }
            if (compliance && tolerance != null && !tolerance.isNone()) {
                problems.add(new FieldProblem("tolerance", "must be none for a compliance KPI, which is met or not "
                        + "met (RAG-03), but is " + tolerance));
            }
            if (defaultBand != null && polarity != null && polarity != Polarity.WITHIN_BAND) {
                problems.add(new FieldProblem("defaultBand", "is only for a KPI whose polarity is WITHIN_BAND, "
                        + "but polarity is " + polarity));
            }
            if (updaters.stream().anyMatch(KpiDefinition.Builder::blank)) {
                problems.add(new FieldProblem("updaters", "must not contain a blank user"));
            }
            labels.stream().filter(label -> !LABEL.matcher(label).matches()).findFirst().ifPresent(label ->
                    problems.add(new FieldProblem("labels", "must each be one word of up to 50 letters, digits, "
                            + "hyphens, underscores or dots, but '" + label + "' is not")));
            if (labels.size() > LABELS_MAX) {
                problems.add(new FieldProblem("labels", "must be at most " + LABELS_MAX + ", but are "
                        + labels.size()));
            }
            return problems;
        }

        private static void require(List<FieldProblem> problems, String field, Object value) {
            if (value == null) {
                problems.add(new FieldProblem(field, "is required"));
            }
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        private static String text(String text) {
            return text == null ? "" : text.strip();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KpiDefinition kpi && kpi.fields().equals(fields());
    }

    @Override
    public int hashCode() {
        return fields().hashCode();
    }

    private List<Object> fields() {
        return List.of(key, title, definition, rationale, calculation, dataSource, unit, decimals, polarity, frequency,
                level, directorate, service, priority, corporateHealth, isPublic, control, compliance, tolerance,
                plausibleRange, defaultBand, benchmarkIndicator, lifecycle, definitionVersion, owner, updaters,
                approver, labels);
    }
}
