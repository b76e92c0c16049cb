package org.ogichecker.engine;

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
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.ogichecker.engine.internal.FactPatterns;
import org.ogichecker.engine.internal.RuleSource;
import org.ogichecker.model.BodyType;
import org.ogichecker.model.Contact;
import org.ogichecker.model.FigureGroup;
import org.ogichecker.model.PriorCell;
import org.ogichecker.model.PriorReport;
import org.ogichecker.model.ReadProblem;
import org.ogichecker.model.Regime;
import org.ogichecker.model.Report;
import org.ogichecker.model.ReportMetadata;
import org.ogichecker.model.Statement;
import org.ogichecker.model.StatisticsPeriod;
import org.ogichecker.model.TableInfo;

/**
 * Checks reports against the loaded rule packs. Build it once, then call {@link #check} from any number
 * of threads: the rule bases are shared and each report gets a session of its own. Sessions come from a pool
 * of each rule base: a disposed session is reset (facts, node memories, agenda, globals) and used again, which
 * saves building its node memories anew, about a tenth of the time of a check. The pre-built rule bases run in
 * Drools' sequential mode, which suits rules that only report: all facts are inserted, then each rule is
 * evaluated once (about a sixth less time than a stateful session). Packs whose DRL the
 * build compiled into an executable model ({@link RuleSource}) start in a fraction of a second; if any pack
 * has no such model, all DRL is compiled at start-up, which takes a few seconds.
 */
public final class ComplianceChecker {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final List<String> REQUIRED_METADATA = List.of("id", "requirement", "severity", "basis", "title", "regimes");

    /** The packs' pre-built executable models, when every pack has one; else null and {@link #compiled} is set. */
    private final List<Model> models;
    /**
     * With the pre-built models, the session pool of one rule base per regime, holding only the rules of that
     * regime, built on first use: a rule of another regime would still have its conditions evaluated (only its
     * firing could be filtered), which took about half of the time of a check. An unreadable input has a rule
     * base of its own, with only the regime's INPUT-UNREADABLE rules.
     */
    private final Map<BaseKey, KieSessionsPool> byRegime = new ConcurrentHashMap<>();
    /**
     * The DRL compiled at start-up, when some pack has no pre-built model: the session pool of one rule base in
     * which each rule is in the agenda group of its set of regimes, and a session focuses the groups of its
     * regime ({@link #groupsOf}). Phreak evaluates a rule's conditions only when its group has the focus, so
     * other regimes cost nothing here either. Removing rules from a built base instead corrupted Drools' segment
     * memory (an ArrayIndexOutOfBoundsException in {@code SegmentMemorySupportImpl} at the first insert).
     */
    private final KieSessionsPool compiled;
    private final Map<Regime, List<String>> groupsOf;
    /** Every agenda group: an unreadable input has no regime, and its rule applies to all. */
    private final List<String> allGroups;
    /** The ids of each regime's rules, sorted, for {@link CheckResult#rulesRun()}. */
    private final Map<Regime, List<String>> idsOf;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byDrlName;

    /** Which rules a pre-built rule base holds: those of the regime, only the input rules for an unreadable input. */
    private record BaseKey(Regime regime, boolean unreadable) {
    }

    /**
     * A rule as the start-up checks see it, from either the executable model or the compiled DRL.
     *
     * @param factTypes the classes it matches as facts ({@link FactPatterns})
     */
    private record RuleDef(String pkg, String name, Map<String, Object> metaData, Set<Class<?>> factTypes) {
    }

    /**
     * The classes of the model that {@link #facts} inserts. The model's other classes (cells, sections, figures,
     * ...) are reached through the report; a rule that matches one of them as a fact would never fire.
     */
    private static final List<Class<?>> FACT_TYPES = List.of(Report.class, ReportMetadata.class,
            StatisticsPeriod.class, Contact.class, TableInfo.class, FigureGroup.class, Statement.class,
            ReadProblem.class, PriorReport.class, PriorCell.class);

    private ComplianceChecker(List<RulePack> packs) {
        List<RuleSource> sources = new ArrayList<>();
        sources.add(RuleSource.core());
        packs.forEach(p -> sources.add(RuleSource.of(p)));
        Map<String, String> packOfPackage = new HashMap<>();
        List<RuleDef> defs = new ArrayList<>();
        this.models = prebuiltModels(sources, packOfPackage);
        KnowledgeBuilder kb = null;
        if (models != null) {
            for (Model m : models) {
                m.getRules().forEach(r -> defs.add(
                        new RuleDef(m.getName(), r.getName(), r.getMetaData(), FactPatterns.of(r))));
            }
        } else {
            kb = compile(sources, packOfPackage);
            for (var pkg : kb.getKnowledgePackages()) {
                pkg.getRules().forEach(r -> defs.add(
                        new RuleDef(pkg.getName(), r.getName(), r.getMetaData(), FactPatterns.of((RuleImpl) r))));
            }
        }
        List<RuleInfo> infos = ruleInfos(defs, packOfPackage);
        this.rules = Collections.unmodifiableList(infos);
        Map<String, RuleInfo> m = new LinkedHashMap<>();
        infos.forEach(i -> m.put(i.drlName(), i));
        this.byDrlName = m;
        Map<Regime, List<String>> groups = new EnumMap<>(Regime.class);
        Map<Regime, List<String>> ids = new EnumMap<>(Regime.class);
        for (Regime g : Regime.values()) {
            groups.put(g, infos.stream().filter(i -> i.appliesTo(g)).map(i -> group(i.regimes())).distinct().sorted().toList());
            ids.put(g, infos.stream().filter(i -> i.appliesTo(g)).map(RuleInfo::id).toList());
        }
        this.groupsOf = groups;
        this.idsOf = ids;
        this.allGroups = infos.stream().map(i -> group(i.regimes())).distinct().sorted().toList();
        this.compiled = kb == null ? null : groupedBase(kb).newKieSessionsPool(1);
    }

    /** The compiled rules in one base, each in the agenda group of its regimes. */
    private KieBase groupedBase(KnowledgeBuilder kb) {
        for (var pkg : kb.getKnowledgePackages()) {
            for (Rule r : pkg.getRules()) {
                ((RuleImpl) r).setAgendaGroup(group(byDrlName.get(r.getName()).regimes()));
            }
        }
        return kb.newKieBase();
    }

    private static String group(Set<Regime> regimes) {
        return "regimes:" + regimes.stream().map(Regime::name).sorted().collect(Collectors.joining(","));
    }

    /** Every source's pre-built model, or null if one of them has none; notes each model's pack. */
    private static List<Model> prebuiltModels(List<RuleSource> sources, Map<String, String> packOfPackage) {
        List<Model> models = new ArrayList<>();
        for (RuleSource s : sources) {
            Optional<List<Model>> m = s.prebuiltModels();
            if (m.isEmpty()) {
                packOfPackage.clear();
                return null;
            }
            m.get().forEach(model -> packOfPackage.put(model.getName(), s.pack()));
            models.addAll(m.get());
        }
        return List.copyOf(models);
    }

    /** Compiles every source's DRL; notes each package's pack. */
    private static KnowledgeBuilder compile(List<RuleSource> sources, Map<String, String> packOfPackage) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (RuleSource s : sources) {
            for (int i = 0; i < s.resources().size(); i++) {
                packOfPackage.put(add(kb, s.resources().get(i), s.drls().get(i)), s.pack());
            }
        }
        if (kb.hasErrors()) {
            throw new IllegalStateException("rule packs do not compile: " + kb.getErrors());
        }
        return kb;
    }

    /**
     * The rules' metadata, checked: the checker refuses to start on a rule that lacks or misstates it, or that
     * matches a class of the model of which no fact is inserted.
     */
    private static List<RuleInfo> ruleInfos(List<RuleDef> defs, Map<String, String> packOfPackage) {
        List<RuleInfo> infos = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleDef r : defs) {
            notFacts(r).forEach(c -> problems.add("rule \"" + r.name() + "\" matches " + c.getSimpleName()
                    + " as a fact, but only " + FACT_TYPES.stream().map(Class::getSimpleName).collect(
                    Collectors.joining(", ")) + " are facts: reach cells, sections and figures through the report,"
                    + " e.g. Cell(...) from $r.cells()"));
            Map<String, Object> md = r.metaData();
            List<String> missing = REQUIRED_METADATA.stream()
                    .filter(k -> md.get(k) == null || md.get(k).toString().isBlank()).toList();
            if (!missing.isEmpty()) {
                problems.add("rule \"" + r.name() + "\" lacks @" + String.join(", @", missing));
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
            String pack = packOfPackage.getOrDefault(r.pkg(), r.pkg());
            infos.add(new RuleInfo(id, req, sev, str(md, "basis"), str(md, "title"), str(md, "explanation"),
                    regimes, pack, r.name()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("rule metadata problems:\n  " + String.join("\n  ", problems));
        }
        infos.sort(Comparator.comparing(RuleInfo::id));
        return infos;
    }

    /** The classes of the model that the rule matches as facts but that are not inserted as facts. */
    private static List<Class<?>> notFacts(RuleDef r) {
        return r.factTypes().stream()
                .filter(c -> c.getPackageName().equals(Report.class.getPackageName()) && !FACT_TYPES.contains(c))
                .toList();
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
        FindingSink sink = new FindingSink(byDrlName);
        List<Object> facts = unreadable ? List.copyOf(r.problems()) : facts(r, options.previous());
        if (models != null) {
            KieSessionsPool pool = byRegime.computeIfAbsent(new BaseKey(regime, unreadable), this::fromModels);
            StatelessKieSession session = pool.newStatelessKieSession();
            session.setGlobal(Findings.GLOBAL, sink);
            session.execute(facts);
        } else {
            KieSession session = compiled.newKieSession();
            try {
                session.setGlobal(Findings.GLOBAL, sink);
                for (String g : unreadable ? allGroups : groupsOf.get(regime)) {
                    session.getAgenda().getAgendaGroup(g).setFocus();
                }
                facts.forEach(session::insert);
                if (unreadable) {
                    session.fireAllRules(match -> isInputRule(byDrlName.get(match.getRule().getName())));
                } else {
                    session.fireAllRules();
                }
            } finally {
                session.dispose();
            }
        }
        List<Finding> findings = new ArrayList<>(sink.drain());
        Collections.sort(findings);
        List<String> run = unreadable ? List.of() : idsOf.get(regime);
        return new CheckResult(r.source(),
                unreadable ? CheckResult.Status.UNREADABLE : CheckResult.Status.CHECKED,
                meta, unreadable ? null : regime, run, findings, r);
    }

    /**
     * A session pool of the key's rules straight from the pre-built model: nothing is compiled. The rule base is
     * never changed once built, and saying so spares its sessions the locking and bookkeeping a mutable base needs.
     */
    private KieSessionsPool fromModels(BaseKey key) {
        List<Model> selected = new ArrayList<>();
        for (Model m : models) {
            selected.add(new RegimeModel(m, m.getRules().stream().filter(r -> applies(r.getName(), key)).toList()));
        }
        return KieBaseBuilder.createKieBaseFromModel(selected, SequentialOption.YES, KieBaseMutabilityOption.DISABLED)
                .newKieSessionsPool(1);
    }

    private boolean applies(String drlName, BaseKey key) {
        RuleInfo info = byDrlName.get(drlName);
        return info != null && info.appliesTo(key.regime()) && (!key.unreadable() || isInputRule(info));
    }

    /** The rule that reports an input that could not be read: the only kind that applies to one. */
    private static boolean isInputRule(RuleInfo info) {
        return info != null && info.requirement().equals("INPUT-UNREADABLE");
    }

    /** A model restricted to some of its rules. */
    private record RegimeModel(Model model, List<org.drools.model.Rule> rules) implements Model {
        @Override
        public List<org.drools.model.Rule> getRules() {
            return rules;
        }

        @Override
        public String getName() {
            return model.getName();
        }

        @Override
        public List<Global> getGlobals() {
            return model.getGlobals();
        }

        @Override
        public List<Query> getQueries() {
            return model.getQueries();
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return model.getTypeMetaDatas();
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return model.getEntryPoints();
        }
    }

    /**
     * The facts of a check: the report and its parts, then the previous-year report's. The report's cells, sections
     * and figures are not facts: inserting one per cell took about half of the time Drools spent on a report, so
     * rules reach the cells and sections they are about through the report ({@code Cell(...) from ...}), and no
     * rule asks for a figure alone (figure groups are facts).
     */
    private static List<Object> facts(Report r, Report previous) {
        List<Object> facts = new ArrayList<>();
        facts.add(r);
        facts.add(r.metadata());
        if (r.period() != null) {
            facts.add(r.period());
        }
        if (r.contact() != null) {
            facts.add(r.contact());
        }
        facts.addAll(r.tables());
        facts.addAll(r.groups());
        facts.addAll(r.statements());
        facts.addAll(r.problems());
        addPrior(facts, previous);
        return facts;
    }

    /** The previous-year report the caller gave, and its cells when it could be read. */
    private static void addPrior(List<Object> facts, Report previous) {
        if (previous == null) {
            return;
        }
        Integer year = previous.metadata().year();
        ReadProblem p = previous.isUnreadable() ? previous.problems().get(0) : null;
        String problem = p == null ? null : p.message();
        facts.add(new PriorReport(previous.source(), year, problem, p == null ? null : p.messageZh()));
        if (problem == null) {
            previous.cells().forEach(c -> facts.add(new PriorCell(c, year)));
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
    private static String add(KnowledgeBuilder kb, String resource, byte[] drl) {
        kb.add(ResourceFactory.newByteArrayResource(drl).setSourcePath(resource), ResourceType.DRL);
        Matcher m = PACKAGE.matcher(new String(drl, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : "";
    }

    /** A rule metadata value as a string ("" when absent); DRL may keep the quotes, depending on the parser. */
    private static String str(Map<String, Object> md, String key) {
        Object v = md.get(key);
        if (v == null) {
            return "";
        }
        String s = v.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
