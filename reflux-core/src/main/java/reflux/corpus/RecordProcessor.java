package reflux.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtomContainer;
import reflux.chem.HillFormula;
import reflux.chem.Structures;
import reflux.extract.CalculatedYield;
import reflux.extract.Extraction;
import reflux.extract.Mention;
import reflux.extract.MentionRole;
import reflux.extract.ParagraphExtractor;
import reflux.extract.Quantity;
import reflux.extract.QuantityKind;
import reflux.model.finding.FindingCode;
import reflux.model.finding.Severity;
import reflux.model.identity.Resolution;

/**
 * The per-record function of a corpus run, the same on every engine: extract the paragraph, resolve every name,
 * execute the resolved starting materials and reagents with the derived templates against the stored product (ORD
 * records) or the extracted product, and audit-lite (stated vs computed yields, printed mass/mole pairs, missing
 * amounts, unresolved names). A record that breaks any step is a row with its {@code failure}, never an exception.
 * Not thread-safe (its {@link RuleMatcher}); the resolver and extractor it is given are shared and thread-safe.
 *
 * <pre>{@code
 * RecordProcessor p = new RecordProcessor(ParagraphExtractor.standard(), NameResolver.standard()::resolve, matcher);
 * CorpusRow row = p.process(record);
 * }</pre>
 */
public final class RecordProcessor {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stated and computed yield further apart than this (percentage points): YIELD_MISMATCH. */
    static final double YIELD_TOLERANCE = 2.0;
    /** Further apart than this: YIELD_CONTRADICTED. */
    static final double YIELD_CONTRADICTION = 15.0;
    /** Printed moles off mass / molar mass by more than this fraction: MOLES_MISMATCH. */
    static final double MOLES_TOLERANCE = 0.05;

    private final ParagraphExtractor extractor;
    private final Function<String, Resolution> resolver;
    private final CalculatedYield yields;
    private final RuleMatcher matcher;

    /** A processor over shared, thread-safe extractor and resolver, with its own matcher. */
    public RecordProcessor(ParagraphExtractor extractor, Function<String, Resolution> resolver, RuleMatcher matcher) {
        this.extractor = extractor;
        this.resolver = resolver;
        this.yields = new CalculatedYield(resolver);
        this.matcher = matcher;
    }

    /** The row of one record; never throws for bad data (a bug becomes a row with a failure too). */
    public CorpusRow process(CorpusRecord r) {
        long[] t = new long[4];
        ObjectNode row = JSON.createObjectNode();
        row.put("index", r.index());
        row.put("id", r.id());
        if (r.problem() != null && r.text().isEmpty()) {
            row.put("verdict", "FAILED");
            row.put("failure", r.problem());
            row.putArray("findings");
            return new CorpusRow(r.index(), r.id(), row.toString(), t);
        }
        try {
            fill(r, row, t);
        } catch (RuntimeException e) {
            ObjectNode failed = JSON.createObjectNode();
            failed.put("index", r.index());
            failed.put("id", r.id());
            failed.put("verdict", "FAILED");
            failed.put("failure", "internal error while processing this record (" + e.getClass().getSimpleName()
                    + "; a bug in Reflux)");
            failed.putArray("findings");
            return new CorpusRow(r.index(), r.id(), failed.toString(), t);
        }
        return new CorpusRow(r.index(), r.id(), row.toString(), t);
    }

    private void fill(CorpusRecord r, ObjectNode row, long[] t) {
        long t0 = System.nanoTime();
        Extraction x = extractor.extract(r.text());
        long t1 = System.nanoTime();
        t[0] = t1 - t0;
        List<ObjectNode> findings = new ArrayList<>();
        ArrayNode inputs = row.putArray("inputs");
        StringBuilder pot = new StringBuilder();
        int resolved = 0;
        int reactants = 0;
        int unresolvedReactants = 0;
        for (int i = 0; i < x.inputs().size(); i++) {
            Mention m = x.inputs().get(i);
            ObjectNode in = inputs.addObject();
            String name = m.name() == null ? null : m.name().text();
            in.put("name", name);
            in.put("role", m.role().name());
            amounts(in.putArray("amounts"), m.quantities());
            Resolution res = name == null ? null : resolver.apply(name);
            boolean ok = res != null && res.isResolved() && res.smiles() != null;
            if (ok) {
                resolved++;
                in.put("inchikey", res.inchiKey());
                in.put("smiles", res.smiles());
            } else {
                in.putNull("inchikey");
            }
            boolean reactant = m.role() == MentionRole.STARTING_MATERIAL || m.role() == MentionRole.REAGENT_CATALYST;
            if (reactant) {
                reactants++;
                if (ok) {
                    pot.append(pot.length() == 0 ? "" : ".").append(res.smiles());
                } else {
                    unresolvedReactants++;
                    findings.add(finding(FindingCode.RUN_UNRESOLVED, Severity.WARNING, "inputs[" + i + "]",
                            "'" + name + "' has no structure" + (res != null && res.message() != null
                                    ? " (" + res.message() + ")" : "")));
                }
            }
            if (m.quantities().stream().noneMatch(Quantity::isOrdAmount) && m.role() != MentionRole.OTHER_COMPOUND) {
                findings.add(finding(FindingCode.MISSING_AMOUNT, null, "inputs[" + i + "]",
                        "'" + name + "' has no printed amount"));
            }
            if (ok) {
                moles(findings, "inputs[" + i + "]", name, m, res);
            }
        }
        ArrayNode products = row.putArray("products");
        String productKey = null;
        RuleMatcher.Target extracted = null;
        List<Double> stated = new ArrayList<>();
        List<Double> computed = new ArrayList<>();
        for (int i = 0; i < x.products().size(); i++) {
            Mention p = x.products().get(i);
            ObjectNode po = products.addObject();
            String name = p.name() == null ? null : p.name().text();
            po.put("name", name);
            amounts(po.putArray("amounts"), p.quantities());
            Resolution res = name == null ? null : resolver.apply(name);
            if (res != null && res.isResolved() && res.smiles() != null) {
                po.put("inchikey", res.inchiKey());
                if (productKey == null && r.productSmiles() == null) {
                    productKey = res.inchiKey();
                    IAtomContainer big = largest(res.smiles());
                    // the resolver's key (of the whole name, salt and all) with the largest component's formula,
                    // skeleton and atoms
                    extracted = big == null ? new RuleMatcher.Target(null, productKey, null)
                            : new RuleMatcher.Target(formula(big), productKey, SkeletonKey.of(big),
                                    ProductScreen.keysOf(big));
                }
            } else {
                po.putNull("inchikey");
            }
            Double st = p.quantities().stream().filter(q -> q.kind() == QuantityKind.PERCENT).map(Quantity::value)
                    .findFirst().orElse(null);
            OptionalDouble cy = yields.of(x, p);
            Double co = cy.isPresent() ? round(cy.getAsDouble(), 1) : null;
            po.put("yield_stated", st);
            po.put("yield_computed", co);
            String path = "products[" + i + "]";
            if (st != null) {
                stated.add(st);
            }
            if (co != null) {
                computed.add(co);
            }
            yieldFindings(findings, path, st, co);
        }
        long t2 = System.nanoTime();
        t[1] = t2 - t1;
        // execution
        String verdict;
        ObjectNode exec = row.putObject("execution");
        RuleMatcher.Target target = extracted;
        if (r.productSmiles() != null) {
            target = targetOf(r.productSmiles());
            productKey = target.inchiKey();
            exec.put("target", "stored");
        } else {
            exec.put("target", productKey == null ? "none" : "extracted");
        }
        exec.put("product_inchikey", productKey);
        if (productKey == null) {
            verdict = x.products().isEmpty() && r.productSmiles() == null ? "NO_PRODUCT" : "NOT_COMPARABLE";
            findings.add(finding(FindingCode.RUN_NOT_COMPARABLE, Severity.WARNING, "execution",
                    "the product has no InChIKey to compare with"));
        } else if (pot.length() == 0) {
            verdict = "UNRESOLVED";
            findings.add(finding(FindingCode.RUN_UNRESOLVED, null, "execution",
                    reactants == 0 ? "no starting material or reagent was extracted"
                            : "no starting material or reagent resolved to a structure"));
        } else {
            IAtomContainer mol;
            try {
                mol = Structures.parseSmiles(pot.toString());
            } catch (InvalidSmilesException e) {
                mol = null;
            }
            if (mol == null) {
                verdict = "UNRESOLVED";
                findings.add(finding(FindingCode.RUN_UNRESOLVED, null, "execution", "the reactants' SMILES do not parse"));
            } else {
                RuleMatcher.Outcome o = matcher.execute(mol, target);
                exec.put("rule", o.rule());
                exec.put("templates_tried", o.tried());
                exec.put("templates_fired", o.fired());
                ArrayNode made = exec.putArray("made_formulas");
                o.products().forEach(made::add);
                if (o.charged()) {
                    verdict = "PRODUCT_CHARGED";
                    findings.add(finding(FindingCode.RUN_NO_CONVERSION, Severity.WARNING, "execution", "the "
                            + (r.productSmiles() != null ? "stored" : "extracted") + " product is one of the charged "
                            + "substances as it is (a purification, a salt change, or a product listed as a reactant): "
                            + "nothing is derived"));
                } else if (o.rule() != null) {
                    verdict = "MATCH";
                    findings.add(finding(FindingCode.RUN_MATCH, null, "execution", "template " + o.rule()
                            + " gives the " + (r.productSmiles() != null ? "stored" : "extracted") + " product"));
                } else if (o.fired() > 0) {
                    verdict = "OTHER_PRODUCT";
                    findings.add(finding(FindingCode.RUN_MISMATCH, Severity.WARNING, "execution", o.fired()
                            + " templates fired; none gives the product"));
                } else {
                    verdict = "NO_RULE";
                    findings.add(finding(FindingCode.RUN_NO_DERIVATION, Severity.WARNING, "execution",
                            "no derived template matches the resolved reactants"));
                }
            }
        }
        exec.put("unresolved_reactants", unresolvedReactants);
        long t3 = System.nanoTime();
        t[2] = t3 - t2;
        row.put("verdict", verdict);
        ArrayNode fs = row.putArray("findings");
        findings.forEach(fs::add);
        ObjectNode metrics = row.putObject("metrics");
        metrics.put("inputs", x.inputs().size());
        metrics.put("resolved", resolved);
        metrics.put("reactants", reactants);
        metrics.put("products", x.products().size());
        metrics.put("temperatures", x.temperatures().size());
        metrics.put("times", x.times().size());
        metrics.put("actions", x.actions().size());
        metrics.put("characters", r.text().length());
        if (r.problem() != null) {
            row.put("failure", r.problem());
        }
        t[3] = System.nanoTime() - t3;
    }

    private void moles(List<ObjectNode> findings, String path, String name, Mention m, Resolution res) {
        Quantity mass = null;
        Quantity mol = null;
        for (Quantity q : m.quantities()) {
            if (q.kind() == QuantityKind.MASS && q.isOrdAmount() && mass == null) {
                mass = q;
            } else if (q.kind() == QuantityKind.MOLES && q.isOrdAmount() && mol == null) {
                mol = q;
            }
        }
        if (mass == null || mol == null || res.molarMass() == null || res.molarMass() <= 0) {
            return;
        }
        double fromMass = mass.total() * factor(mass.unit()) / res.molarMass();
        double printed = mol.total() * factor(mol.unit());
        if (printed <= 0) {
            return;
        }
        double off = Math.abs(fromMass - printed) / printed;
        if (off > MOLES_TOLERANCE) {
            findings.add(finding(FindingCode.MOLES_MISMATCH, null, path, String.format(java.util.Locale.ROOT,
                    "'%s': %s %s / %.2f g/mol = %.4g mol, printed %.4g mol (%.0f %% off)", name,
                    num(mass.total()), mass.unit(), res.molarMass(), fromMass, printed, off * 100)));
        } else {
            findings.add(finding(FindingCode.MOLES_CONSISTENT, null, path, "'" + name + "': mass and moles agree"));
        }
    }

    private static void yieldFindings(List<ObjectNode> findings, String path, Double st, Double co) {
        if (st != null && st > 100.0) {
            findings.add(finding(FindingCode.YIELD_OVER_100, null, path, "stated yield " + num(st) + " %"));
        } else if (co != null && co > 100.0) {
            findings.add(finding(FindingCode.YIELD_OVER_100, null, path, "computed yield " + num(co) + " %"));
        }
        if (st != null && co != null) {
            double d = Math.abs(st - co);
            if (d > YIELD_CONTRADICTION) {
                findings.add(finding(FindingCode.YIELD_CONTRADICTED, null, path,
                        "stated " + num(st) + " %, the masses give " + num(co) + " %"));
            } else if (d > YIELD_TOLERANCE) {
                findings.add(finding(FindingCode.YIELD_MISMATCH, null, path,
                        "stated " + num(st) + " %, the masses give " + num(co) + " %"));
            }
        } else if (st == null && co == null) {
            findings.add(finding(FindingCode.YIELD_NOT_COMPUTABLE, null, path, "no yield stated or computable"));
        } else if (co != null) {
            findings.add(finding(FindingCode.YIELD_COMPUTED, null, path, "computed yield " + num(co) + " %"));
        }
    }

    /** Formula, InChIKey and skeleton of the largest component of a stored product SMILES (all null if unreadable). */
    static RuleMatcher.Target targetOf(String smiles) {
        IAtomContainer big = largest(smiles);
        return big == null ? new RuleMatcher.Target(null, null, null) : RuleMatcher.Target.of(big);
    }

    private static IAtomContainer largest(String smiles) {
        try {
            IAtomContainer m = Structures.parseSmiles(smiles);
            IAtomContainer big = null;
            for (IAtomContainer p : ConnectivityChecker.partitionIntoMolecules(m).atomContainers()) {
                if (big == null || p.getAtomCount() > big.getAtomCount()) {
                    big = p;
                }
            }
            return big;
        } catch (InvalidSmilesException e) {
            return null;
        }
    }

    /** The formula string the matcher compares (CDK's, of the component as parsed: {@link HillFormula}). */
    static String formula(IAtomContainer m) {
        return HillFormula.of(m);
    }

    private static void amounts(ArrayNode a, List<Quantity> qs) {
        for (Quantity q : qs) {
            if (q.isOrdAmount()) {
                a.addObject().put("kind", q.kind().name()).put("value", q.total()).put("unit", q.unit());
            }
        }
    }

    private static ObjectNode finding(FindingCode code, Severity severity, String path, String message) {
        ObjectNode f = JSON.createObjectNode();
        f.put("code", code.name());
        f.put("severity", (severity == null ? code.defaultSeverity() : severity).name());
        f.put("path", path);
        f.put("message", message);
        return f;
    }

    private static double factor(String unit) {
        return switch (unit) {
            case "KILOGRAM" -> 1e3;
            case "MILLIGRAM", "MILLIMOLE" -> 1e-3;
            case "MICROGRAM", "MICROMOLE" -> 1e-6;
            default -> 1.0;
        };
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(round(v, 2));
    }
}
