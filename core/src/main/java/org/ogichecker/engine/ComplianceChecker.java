package org.ogichecker.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.PriorCell;
import org.ogichecker.model.PriorReport;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;
import org.ogichecker.model.ReportMetadata;

/**
 * Checks reports against the loaded rule packs. Build it once (compiling the rules takes a few
 * seconds), then call {@link #check} from any number of threads: the compiled rule base is shared
 * and each report gets a session of its own.
 */
public final class ComplianceChecker {

    private static final String CORE_DRL = "org/ogichecker/engine/core.drl";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final List<String> REQUIRED_METADATA = List.of("id", "requirement", "severity", "basis", "title", "regimes");

    private final KieBase base;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byDrlName;
    /**
     * The agenda groups to focus per regime. Each rule is put in the agenda group of its set of regimes, and
     * a session focuses only the groups of the report's regime: Phreak evaluates a rule's conditions only
     * when its group has the focus, so the rules of other regimes cost nothing (evaluating them and filtering
     * their firings took about half of the time of a check). One rule base serves every regime: removing
     * rules from a built base to make one per regime corrupted Drools' segment memory (an
     * ArrayIndexOutOfBoundsException in {@code SegmentMemorySupportImpl} at the first insert).
     */
    private final Map<Regime, List<String>> groupsOf;

    private ComplianceChecker(List<RulePack> packs) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, String> packOfPackage = new HashMap<>();
        packOfPackage.put(add(kb, ComplianceChecker.class.getClassLoader(), CORE_DRL), "core");
        for (RulePack p : packs) {
            for (String res : p.drlResources()) {
                packOfPackage.put(add(kb, p.getClass().getClassLoader(), res), p.name());
            }
        }
        if (kb.hasErrors()) {
            throw new IllegalStateException("rule packs do not compile: " + kb.getErrors());
        }
        List<RuleInfo> infos = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (var pkg : kb.getKnowledgePackages()) {
            for (Rule r : pkg.getRules()) {
                Map<String, Object> md = r.getMetaData();
                List<String> missing = REQUIRED_METADATA.stream()
                        .filter(k -> md.get(k) == null || md.get(k).toString().isBlank()).toList();
                if (!missing.isEmpty()) {
                    problems.add("rule \"" + r.getName() + "\" lacks @" + String.join(", @", missing));
                    continue;
                }
                String id = str(md, "id");
                String req = str(md, "requirement");
                if (!ids.add(id)) {
                    problems.add("rule id " + id + " is used twice");
                }
                if (!Catalogue.contains(req)) {
                    problems.add("rule " + id + " names requirement " + req + ", which is not in the catalogue");
                }
                Severity sev;
                try {
                    sev = Severity.valueOf(str(md, "severity"));
                } catch (IllegalArgumentException e) {
                    problems.add("rule " + id + " has an unknown severity " + str(md, "severity"));
                    continue;
                }
                Set<Regime> regimes;
                try {
                    regimes = Catalogue.regimes(str(md, "regimes"));
                } catch (IllegalArgumentException e) {
                    problems.add("rule " + id + " has an unknown regime in @regimes(" + str(md, "regimes") + ")");
                    continue;
                }
                String pack = packOfPackage.getOrDefault(pkg.getName(), pkg.getName());
                infos.add(new RuleInfo(id, req, sev, str(md, "basis"), str(md, "title"), str(md, "explanation"),
                        regimes, pack, r.getName()));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("rule metadata problems:\n  " + String.join("\n  ", problems));
        }
        infos.sort(Comparator.comparing(RuleInfo::id));
        this.rules = Collections.unmodifiableList(infos);
        Map<String, RuleInfo> m = new LinkedHashMap<>();
        infos.forEach(i -> m.put(i.drlName(), i));
        this.byDrlName = m;
        for (var pkg : kb.getKnowledgePackages()) {
            for (Rule r : pkg.getRules()) {
                ((RuleImpl) r).setAgendaGroup(group(m.get(r.getName()).regimes()));
            }
        }
        this.base = kb.newKieBase();
        Map<Regime, List<String>> groups = new EnumMap<>(Regime.class);
        for (Regime g : Regime.values()) {
            groups.put(g, infos.stream().filter(i -> i.appliesTo(g)).map(i -> group(i.regimes())).distinct().sorted().toList());
        }
        this.groupsOf = groups;
    }

    private static String group(Set<Regime> regimes) {
        return "regimes:" + regimes.stream().map(Regime::name).sorted().collect(Collectors.joining(","));
    }

    /** A checker with every rule pack found on the class path. */
    public static ComplianceChecker create() {
        List<RulePack> packs = new ArrayList<>();
        ServiceLoader.load(RulePack.class, ComplianceChecker.class.getClassLoader()).forEach(packs::add);
        packs.sort(Comparator.comparing(RulePack::name));
        return new ComplianceChecker(packs);
    }

    /** A checker with exactly these rule packs (plus the engine's own input rule). */
    public static ComplianceChecker withPacks(List<RulePack> packs) {
        return new ComplianceChecker(List.copyOf(packs));
    }

    /** The loaded rules with their metadata, sorted by id. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public CheckResult check(Report report) {
        return check(report, CheckOptions.DEFAULTS);
    }

    /** Checks one report. Never throws for a report the readers produced. */
    public CheckResult check(Report report, CheckOptions options) {
        ReportMetadata meta = effectiveMetadata(report, options);
        Report r = report.withMetadata(meta);
        Regime regime = meta.regime();
        boolean unreadable = r.isUnreadable();
        FindingSink sink = new FindingSink();
        KieSession session = base.newKieSession();
        try {
            session.setGlobal(Findings.GLOBAL, sink);
            for (String g : unreadable ? allGroups() : groupsOf.get(regime)) {
                session.getAgenda().getAgendaGroup(g).setFocus();
            }
            if (unreadable) {
                r.problems().forEach(session::insert);
            } else {
                insertFacts(session, r);
                insertPrior(session, options.previous());
            }
            if (unreadable) {
                session.fireAllRules(match -> {
                    RuleInfo info = byDrlName.get(match.getRule().getName());
                    return info != null && info.requirement().equals("INPUT-UNREADABLE");
                });
            } else {
                session.fireAllRules();
            }
        } finally {
            session.dispose();
        }
        List<Finding> findings = new ArrayList<>(sink.drain());
        Collections.sort(findings);
        List<String> run = unreadable ? List.of() : rules.stream()
                .filter(i -> i.appliesTo(regime)).map(RuleInfo::id).toList();
        return new CheckResult(r.source(),
                unreadable ? CheckResult.Status.UNREADABLE : CheckResult.Status.CHECKED,
                meta, unreadable ? null : regime, run, findings, r);
    }

    private List<String> allGroups() {
        return groupsOf.values().stream().flatMap(List::stream).distinct().toList();
    }

    private static void insertFacts(KieSession s, Report r) {
        s.insert(r);
        s.insert(r.metadata());
        r.sections().forEach(s::insert);
        if (r.period() != null) {
            s.insert(r.period());
        }
        if (r.contact() != null) {
            s.insert(r.contact());
        }
        r.tables().forEach(s::insert);
        r.cells().forEach(s::insert);
        r.figures().forEach(s::insert);
        r.groups().forEach(s::insert);
        r.statements().forEach(s::insert);
        r.problems().forEach(s::insert);
    }

    /** The previous-year report the caller gave, and its cells when it could be read. */
    private static void insertPrior(KieSession s, Report previous) {
        if (previous == null) {
            return;
        }
        Integer year = previous.metadata().year();
        String problem = previous.isUnreadable() ? previous.problems().get(0).message() : null;
        s.insert(new PriorReport(previous.source(), year, problem));
        if (problem == null) {
            previous.cells().forEach(c -> s.insert(new PriorCell(c, year)));
        }
    }

    /** Applies the caller's overrides and selects the regime. */
    static ReportMetadata effectiveMetadata(Report report, CheckOptions o) {
        ReportMetadata m = report.metadata();
        if (o.bodyType() != null) {
            m = m.withBodyType(o.bodyType());
        } else if (m.bodyType() == null) {
            m = m.withBodyType(BodyType.UNKNOWN);
        }
        if (o.published() != null) {
            m = m.withPublished(o.published(), 0);
        }
        Regime regime = o.regime();
        if (regime == null) {
            regime = m.year() != null ? Regime.forYear(m.year()) : inferRegime(report);
        }
        return m.withRegime(regime);
    }

    /** Without a report year: the table layouts tell, else the current format. */
    private static Regime inferRegime(Report r) {
        for (var t : r.tables()) {
            if (t.layout().startsWith("F2019")) {
                return Regime.F2019;
            }
            if (t.layout().equals("OLD")) {
                return Regime.R2007;
            }
        }
        return Regime.F2021;
    }

    /** Adds a DRL file and returns its package name. */
    private static String add(KnowledgeBuilder kb, ClassLoader cl, String resource) {
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + resource + " is not on the class path");
            }
            byte[] drl = in.readAllBytes();
            kb.add(ResourceFactory.newByteArrayResource(drl).setSourcePath(resource), ResourceType.DRL);
            Matcher m = PACKAGE.matcher(new String(drl, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule metadata value as a string ("" when absent); DRL may keep the quotes, depending on the parser. */
    static String str(Map<String, Object> md, String key) {
        Object v = md.get(key);
        if (v == null) {
            return "";
        }
        String s = v.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
