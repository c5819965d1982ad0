package reflux.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IReaction;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * Derives a reaction-centre SMIRKS template from an atom-mapped reaction SMILES (the USPTO/ORD
 * {@code REACTION_CXSMILES}): the mapped atoms whose charge, hydrogen count or bonds (to mapped partners, by order
 * and aromaticity) change, the unmapped reactant atoms bonded to them (leaving groups, deleted by the template), and
 * their unchanged mapped neighbours as context (element and aromaticity only). The reactant side states each centre
 * atom's element, aromaticity, H count and charge; the product side its new H count and charge and the new bonds.
 * Not thread-safe (one CDK parser per deriver).
 *
 * <pre>{@code
 * RuleDeriver.Result r = new RuleDeriver().derive("[CH3:1][C:2](=[O:3])Cl.[NH2:4][CH3:5]>>[CH3:1][C:2](=[O:3])[NH:4][CH3:5]");
 * r.smirks(); // the amide formation's centre
 * }</pre>
 */
public final class RuleDeriver {
    /** Leaving groups are kept to the atoms within this many bonds of the centre. */
    static final int LEAVING_DEPTH = 2;
    private final SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());

    /** A derived template, or why none: {@code smirks} null and {@code problem} saying why. */
    public record Result(String smirks, String problem) {
        /** True when a template was derived. */
        public boolean ok() {
            return smirks != null;
        }
    }

    /** The template of one mapped reaction SMILES (CXSMILES extensions after a space are ignored). */
    public Result derive(String mappedReaction) {
        if (mappedReaction == null || mappedReaction.isBlank()) {
            return new Result(null, "no reaction SMILES");
        }
        String smi = mappedReaction.strip();
        int sp = smi.indexOf(' ');
        if (sp > 0) {
            smi = smi.substring(0, sp);
        }
        IReaction rxn;
        try {
            rxn = parser.parseReactionSmiles(smi);
        } catch (InvalidSmilesException e) {
            return new Result(null, "unreadable reaction SMILES");
        }
        Map<Integer, IAtom> left = new HashMap<>();
        Map<IAtom, IAtomContainer> leftMol = new HashMap<>();
        List<IAtomContainer> lefts = new ArrayList<>();
        rxn.getReactants().atomContainers().forEach(lefts::add);
        rxn.getAgents().atomContainers().forEach(lefts::add);
        for (IAtomContainer m : lefts) {
            for (IAtom a : m.atoms()) {
                leftMol.put(a, m);
                int map = map(a);
                if (map > 0) {
                    left.put(map, a);
                }
            }
        }
        Map<Integer, IAtom> right = new HashMap<>();
        Map<IAtom, IAtomContainer> rightMol = new HashMap<>();
        for (IAtomContainer m : rxn.getProducts().atomContainers()) {
            for (IAtom a : m.atoms()) {
                int map = map(a);
                if (map <= 0) {
                    if (a.getAtomicNumber() != null && a.getAtomicNumber() > 1) {
                        return new Result(null, "product atom without a map number");
                    }
                    continue;
                }
                // USPTO maps repeat a counter-ion's number ([Na+:17].[Na+:17]): the first atom stands for it
                if (right.putIfAbsent(map, a) == null) {
                    rightMol.put(a, m);
                }
            }
        }
        Set<Integer> changed = new TreeSet<>();
        for (Map.Entry<Integer, IAtom> e : right.entrySet()) {
            IAtom r = left.get(e.getKey());
            IAtom p = e.getValue();
            if (r == null) {
                return new Result(null, "product atom " + e.getKey() + " has no reactant atom");
            }
            if (!r.getSymbol().equals(p.getSymbol())) {
                return new Result(null, "map number " + e.getKey() + " changes element");
            }
            if (charge(r) != charge(p) || hydrogens(r) != hydrogens(p)
                    || !bonds(r, leftMol.get(r)).equals(bonds(p, rightMol.get(p)))) {
                changed.add(e.getKey());
            }
        }
        if (changed.isEmpty()) {
            return new Result(null, "no atom changes (a salt, a purification or an unmapped reaction)");
        }
        // reactant-side template atoms: centre, leaving groups near it, context neighbours
        Map<IAtom, String> tmpl = new java.util.LinkedHashMap<>();
        Set<IAtom> context = new java.util.HashSet<>();
        for (int m : changed) {
            tmpl.put(left.get(m), null);
        }
        List<IAtom> frontier = new ArrayList<>(tmpl.keySet());
        for (int depth = 0; depth < LEAVING_DEPTH; depth++) {
            List<IAtom> next = new ArrayList<>();
            for (IAtom a : frontier) {
                IAtomContainer mol = leftMol.get(a);
                for (IBond b : mol.getConnectedBondsList(a)) {
                    IAtom o = b.getOther(a);
                    if (tmpl.containsKey(o)) {
                        continue;
                    }
                    boolean leaving = map(o) <= 0 || !right.containsKey(map(o));
                    if (leaving) {
                        tmpl.put(o, null);
                        next.add(o);
                    } else if (depth == 0) {
                        tmpl.put(o, null);
                        context.add(o);
                    }
                }
            }
            frontier = next;
        }
        // number every template atom: its own map number if it survives, a fresh one otherwise (dropped in SMIRKS)
        Map<IAtom, Integer> label = new HashMap<>();
        int fresh = 1;
        Map<Integer, Integer> renumber = new TreeMap<>();
        for (IAtom a : tmpl.keySet()) {
            int m = map(a);
            if (m > 0 && right.containsKey(m)) {
                renumber.put(m, fresh);
                label.put(a, fresh++);
            }
        }
        StringBuilder lhs = new StringBuilder();
        StringBuilder rhs = new StringBuilder();
        List<IAtom> atoms = new ArrayList<>(tmpl.keySet());
        writeSide(lhs, atoms, leftMol, label, context, true);
        List<IAtom> prodAtoms = new ArrayList<>();
        Map<IAtom, Integer> prodLabel = new HashMap<>();
        for (IAtom a : atoms) {
            Integer l = label.get(a);
            if (l != null) {
                IAtom p = right.get(map(a));
                prodAtoms.add(p);
                prodLabel.put(p, l);
            }
        }
        Set<IAtom> prodContext = new java.util.HashSet<>();
        for (IAtom a : context) {
            prodContext.add(right.get(map(a)));
        }
        writeSide(rhs, prodAtoms, rightMol, prodLabel, prodContext, false);
        return new Result(lhs + ">>" + rhs, null);
    }

    /** Writes the atoms as dot-separated SMARTS components (a DFS; ring closures for the other bonds). */
    private static void writeSide(StringBuilder out, List<IAtom> atoms, Map<IAtom, IAtomContainer> molOf,
            Map<IAtom, Integer> label, Set<IAtom> context, boolean reactant) {
        Set<IAtom> in = new java.util.LinkedHashSet<>(atoms);
        // pass 1: tree children and ring closures per atom
        Map<IAtom, List<IBond>> children = new HashMap<>();
        Map<IAtom, List<String>> rings = new HashMap<>();
        Set<IAtom> seen = new java.util.HashSet<>();
        Set<IBond> used = new java.util.HashSet<>();
        List<IAtom> roots = new ArrayList<>();
        int[] ring = {0};
        for (IAtom start : atoms) {
            if (seen.add(start)) {
                roots.add(start);
                visit(start, molOf.get(start), in, seen, used, children, rings, ring);
            }
        }
        // pass 2: write
        boolean first = true;
        for (IAtom r : roots) {
            if (!first) {
                out.append('.');
            }
            first = false;
            emit(out, r, label, context, reactant, children, rings);
        }
    }

    private static void visit(IAtom a, IAtomContainer mol, Set<IAtom> in, Set<IAtom> seen, Set<IBond> used,
            Map<IAtom, List<IBond>> children, Map<IAtom, List<String>> rings, int[] ring) {
        children.computeIfAbsent(a, k -> new ArrayList<>());
        for (IBond b : mol.getConnectedBondsList(a)) {
            IAtom o = b.getOther(a);
            if (!in.contains(o) || used.contains(b)) {
                continue;
            }
            used.add(b);
            if (seen.contains(o)) {
                int n = ++ring[0];
                rings.computeIfAbsent(o, k -> new ArrayList<>()).add(bond(b) + digit(n));
                rings.computeIfAbsent(a, k -> new ArrayList<>()).add(digit(n));
            } else {
                seen.add(o);
                children.get(a).add(b);
                visit(o, mol, in, seen, used, children, rings, ring);
            }
        }
    }

    private static void emit(StringBuilder out, IAtom a, Map<IAtom, Integer> label, Set<IAtom> context,
            boolean reactant, Map<IAtom, List<IBond>> children, Map<IAtom, List<String>> rings) {
        out.append(atom(a, label.get(a), context.contains(a), reactant));
        for (String r : rings.getOrDefault(a, List.of())) {
            out.append(r);
        }
        List<IBond> cs = children.getOrDefault(a, List.of());
        for (int i = 0; i < cs.size(); i++) {
            IBond b = cs.get(i);
            boolean last = i == cs.size() - 1;
            out.append(last ? "" : "(").append(bond(b));
            emit(out, b.getOther(a), label, context, reactant, children, rings);
            if (!last) {
                out.append(')');
            }
        }
    }

    private static String digit(int n) {
        return n < 10 ? Integer.toString(n) : "%" + n;
    }

    private static String atom(IAtom a, Integer label, boolean context, boolean reactant) {
        StringBuilder s = new StringBuilder("[");
        boolean arom = a.getFlag(CDKConstants.ISAROMATIC) || a.isAromatic();
        if (reactant) {
            s.append('#').append(a.getAtomicNumber()).append(arom ? ";a" : ";A");
            if (!context) {
                s.append(";H").append(hydrogens(a));
                int q = charge(a);
                s.append(';').append(q >= 0 ? "+" : "-").append(Math.abs(q));
            }
        } else {
            String sym = a.getSymbol();
            s.append(arom ? sym.toLowerCase(java.util.Locale.ROOT) : sym);
            if (!context) {
                s.append('H').append(hydrogens(a));
                int q = charge(a);
                s.append(q >= 0 ? "+" : "-").append(Math.abs(q));
            }
        }
        if (label != null) {
            s.append(':').append(label);
        }
        return s.append(']').toString();
    }

    private static String bond(IBond b) {
        if (b.isAromatic()) {
            return ":";
        }
        return switch (b.getOrder()) {
            case DOUBLE -> "=";
            case TRIPLE -> "#";
            default -> "-";
        };
    }

    /** A mapped atom's bonds to mapped partners ("5:1", "7:a"), plus how many bonds go to unmapped atoms. */
    private static Set<String> bonds(IAtom a, IAtomContainer mol) {
        Set<String> out = new TreeSet<>();
        int unmapped = 0;
        for (IBond b : mol.getConnectedBondsList(a)) {
            IAtom o = b.getOther(a);
            int m = map(o);
            if (m <= 0) {
                if (o.getAtomicNumber() != null && o.getAtomicNumber() > 1) {
                    unmapped++;
                }
                continue;
            }
            out.add(m + ":" + (b.isAromatic() ? "a" : String.valueOf(b.getOrder().numeric())));
        }
        if (unmapped > 0) {
            out.add("unmapped:" + unmapped);
        }
        return out;
    }

    static int map(IAtom a) {
        Integer m = a.getProperty(CDKConstants.ATOM_ATOM_MAPPING);
        return m == null ? 0 : m;
    }

    private static int charge(IAtom a) {
        return a.getFormalCharge() == null ? 0 : a.getFormalCharge();
    }

    private static int hydrogens(IAtom a) {
        return a.getImplicitHydrogenCount() == null ? 0 : a.getImplicitHydrogenCount();
    }
}
