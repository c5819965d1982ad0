package reflux.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openscience.cdk.depict.Depiction;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IReaction;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * SVG drawings of structures and reactions from SMILES, by CDK's {@link DepictionGenerator}, as strings to inline
 * in a page (no XML prolog, sized in CSS pixels).
 *
 * <pre>{@code
 * Depictions d = new Depictions(512);
 * d.structure("CC(=O)O").ifPresent(svg -> html.append(svg));
 * d.reaction("CC(=O)O.OCC>>CC(=O)OCC.O")
 * }</pre>
 *
 * Thread-safe: the generator is immutable, a SMILES parser is made per call (CDK's parsers are not shared), and the
 * drawings are kept in a bounded LRU map (at most {@code capacity}) under a lock held only to look up and store.
 * A SMILES that does not parse or draw gives {@link Optional#empty()}, never an exception.
 */
public final class Depictions {

    private final DepictionGenerator structures;
    private final DepictionGenerator reactions;
    private final Map<String, Optional<String>> cache;

    /** Drawings with at most {@code capacity} kept. */
    public Depictions(int capacity) {
        // zoom 1.6 in a 360 x 260 box: small molecules (water, DCM) readable without filling the card, a
        // cephalosporin scaled down to fit (fill-to-fit drew water as large as the cephem; zoom 1 drew it tiny)
        this.structures = new DepictionGenerator().withAtomColors().withMargin(6).withZoom(1.6).withSize(360, 260);
        this.reactions = new DepictionGenerator().withAtomColors().withZoom(1.2).withMargin(8);
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> e) {
                return size() > capacity;
            }
        });
    }

    /** The structure drawn, or empty when the SMILES does not parse or draw. */
    public Optional<String> structure(String smiles) {
        return cached("m:" + smiles, () -> {
            IAtomContainer mol = parser().parseSmiles(smiles);
            return structures.depict(mol);
        });
    }

    /**
     * The reaction drawn left to right ({@code reactants>agents>products} SMILES; agents above the arrow), or empty
     * when it does not parse or draw.
     */
    public Optional<String> reaction(String reactionSmiles) {
        return cached("r:" + reactionSmiles, () -> {
            IReaction rxn = parser().parseReactionSmiles(reactionSmiles);
            return reactions.depict(rxn);
        });
    }

    private interface Draw {
        Depiction draw() throws CDKException;
    }

    private Optional<String> cached(String key, Draw draw) {
        Optional<String> hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        Optional<String> svg;
        try {
            svg = Optional.of(inline(draw.draw().toSvgStr(Depiction.UNITS_PX)));
        } catch (CDKException | RuntimeException e) {
            // a structure CDK cannot lay out is shown as its SMILES by the caller; the report still renders
            svg = Optional.empty();
        }
        cache.put(key, svg);
        return svg;
    }

    private static SmilesParser parser() {
        return new SmilesParser(SilentChemObjectBuilder.getInstance());
    }

    /** The {@code <svg>} element alone: the XML prolog and doctype cannot stand inside HTML. */
    static String inline(String svg) {
        int at = svg.indexOf("<svg");
        return at < 0 ? svg : svg.substring(at);
    }
}
