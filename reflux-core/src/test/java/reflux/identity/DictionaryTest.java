package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.Mappings;
import org.openscience.cdk.smarts.SmartsPattern;
import reflux.chem.StructureFacts;
import reflux.chem.Structures;
import reflux.model.identity.Resolution;
import reflux.model.identity.ResolutionStatus;
import reflux.testkit.SharedFiles;

/**
 * Guards {@code dictionary.tsv}: every row is checked against an independent derivation, never against a copy of
 * itself. Each row's SMILES must give the same full InChIKey (stereo included) as OPSIN on the systematic name the
 * row records (cephem/penam names through {@link BetaLactamNames}), or, for a row that cannot be named, as its
 * independent check (a published InChIKey or a second, differently written SMILES). Rows copied from the shared
 * reference table are compared with it as well, but never only with it. β-lactam ring stereo and double-bond
 * geometry are checked by CIP against expectations written here by hand; published formulas of the common salts
 * against what the salt layer composes.
 */
class DictionaryTest {

    /** Published Hill formulas (standard handbook values) of the rows without a shared reference. */
    private static final Map<String, String> PUBLISHED_FORMULA = Map.ofEntries(
            Map.entry("7-ACA", "C10H12N2O5S"), Map.entry("7-ADCA", "C8H10N2O3S"), Map.entry("6-APA", "C8H12N2O3S"),
            Map.entry("cefotaxime", "C16H17N5O7S2"), Map.entry("HI", "HI"), Map.entry("PCl3", "Cl3P"),
            Map.entry("SOCl2", "Cl2OS"), Map.entry("TMSI", "C3H9ISi"), Map.entry("THF", "C4H8O"),
            Map.entry("DMF", "C3H7NO"), Map.entry("DMAc", "C4H9NO"), Map.entry("NMP", "C5H9NO"),
            Map.entry("DMSO", "C2H6OS"), Map.entry("MeOH", "CH4O"), Map.entry("EtOH", "C2H6O"),
            Map.entry("IPA", "C3H8O"), Map.entry("EtOAc", "C4H8O2"), Map.entry("MeCN", "C2H3N"),
            Map.entry("toluene", "C7H8"), Map.entry("DIPEA", "C8H19N"), Map.entry("pyridine", "C5H5N"),
            Map.entry("AcOH", "C2H4O2"), Map.entry("H2SO4", "H2O4S"), Map.entry("NaOH", "HNaO"),
            Map.entry("NaHCO3", "CHNaO3"), Map.entry("Na2CO3", "CNa2O3"), Map.entry("K2CO3", "CK2O3"),
            Map.entry("NaCl", "ClNa"), Map.entry("NaI", "INa"), Map.entry("SEH", "C8H15NaO2"), Map.entry("SiO2", "O2Si"), Map.entry("CO2", "CO2"),
            Map.entry("cephalexin", "C16H17N3O4S"),
            Map.entry("ampicillin", "C16H19N3O4S"),
            Map.entry("amoxicillin", "C16H19N3O5S"),
            Map.entry("cefazolin", "C14H14N8O4S3"),
            Map.entry("ceftriaxone", "C18H18N8O7S3"),
            Map.entry("cephalosporinC", "C16H21N3O8S"), Map.entry("benzylpenicillin", "C16H18N2O4S"),
            Map.entry("carbon", "C"), Map.entry("Na2SO4", "Na2O4S"), Map.entry("MgSO4", "MgO4S"),
            Map.entry("Et2O", "C4H10O"), Map.entry("hexane", "C6H14"), Map.entry("heptane", "C7H16"),
            Map.entry("cyclohexane", "C6H12"), Map.entry("MTBE", "C5H12O"), Map.entry("Ac2O", "C4H6O3"),
            Map.entry("NaOAc", "C2H3NaO2"), Map.entry("NH3", "H3N"), Map.entry("KOH", "HKO"),
            Map.entry("H2O2", "H2O2"), Map.entry("Na2S2O3", "Na2O3S2"), Map.entry("NaHSO3", "HNaO3S"),
            Map.entry("nBuOH", "C4H10O"), Map.entry("MEK", "C4H8O"), Map.entry("MIBK", "C6H12O"),
            Map.entry("CHCl3", "CHCl3"), Map.entry("DCE", "C2H4Cl2"), Map.entry("dioxane", "C4H8O2"),
            Map.entry("HCOOH", "CH2O2"), Map.entry("TFA", "C2HF3O2"), Map.entry("TsOH", "C7H8O3S"),
            Map.entry("DMAP", "C7H10N2"), Map.entry("DBU", "C9H16N2"), Map.entry("NMM", "C5H11NO"),
            Map.entry("NMPyr", "C5H11N"), Map.entry("pyrrolidine", "C4H9N"), Map.entry("Boc2O", "C10H18O5"),
            Map.entry("CbzCl", "C8H7ClO2"), Map.entry("AllocCl", "C4H5ClO2"), Map.entry("MsCl", "CH3ClO2S"),
            Map.entry("TsCl", "C7H7ClO2S"), Map.entry("PdC", "Pd"), Map.entry("DCC", "C13H22N2"),
            Map.entry("HOBt", "C6H5N3O"), Map.entry("PhCl", "C6H5Cl"), Map.entry("CCl4", "CCl4"),
            Map.entry("EDTA", "C10H16N2O8"), Map.entry("NaBH4", "BH4Na"), Map.entry("EHA", "C8H16O2"));

    /**
     * Deuterated NMR solvents by hand: D 2.01410, C 12.011, O 15.999, S 32.06, Cl 35.45.
     * DMSO-d6 2*12.011 + 6*2.01410 + 15.999 + 32.06 = 84.17; CDCl3 12.011 + 2.0141 + 3*35.45 = 120.38;
     * D2O 2*2.0141 + 15.999 = 20.03.
     */
    private static final Map<String, Double> LABELLED_MASS = Map.of("DMSO-d6", 84.17, "CDCl3", 120.38, "D2O", 20.03);

    /** Published standard InChIKeys (PubChem) of well-known rows, stereo layer included. */
    private static final Map<String, String> PUBLISHED_KEY = Map.ofEntries(
            Map.entry("6-APA", "NGHVIOIJCVXTGV-ALEPSDHESA-N"),
            Map.entry("MeOH", "OKKJLVBELUTLKV-UHFFFAOYSA-N"),
            Map.entry("EtOH", "LFQSCWFLJHTTHZ-UHFFFAOYSA-N"),
            Map.entry("AcOH", "QTBSBXVTEAMEQO-UHFFFAOYSA-N"),
            Map.entry("toluene", "YXFVVABEGXRONW-UHFFFAOYSA-N"),
            Map.entry("THF", "WYURNTSHIVDZCO-UHFFFAOYSA-N"),
            Map.entry("DMF", "ZMXDDKWLCZADIW-UHFFFAOYSA-N"),
            Map.entry("DMSO", "IAZDPXIOMUYVGZ-UHFFFAOYSA-N"),
            Map.entry("D2O", "XLYOFNOQVPJJNP-ZSJDYOACSA-N"),
            Map.entry("ampicillin", "AVKUERGKIZMTKX-NJBDSQKTSA-N"),
            Map.entry("amoxicillin", "LSQZJLSUYDQPKJ-NJBDSQKTSA-N"),
            Map.entry("cephalexin", "ZAIPMKNFIOOWCQ-UEKVPHQBSA-N"));

    /**
     * Ring stereo by CIP, written by hand from the INN definitions: the carbon at the ring fusion (cephem C-6,
     * penam C-5) and the carbon carrying the 7β (penam 6β) acylamino group are R,R except where a 7α/6α-methoxy
     * group or a carbacephem ring changes the CIP ranking (cephamycins, temocillin, loracarbef: R,S).
     */
    private static final Map<String, String> RING_CIP_EXCEPTIONS = Map.of(
            "cefoxitin", "R,S", "cefmetazole", "R,S", "cefotetan", "R,S", "7-MAC", "R,S", "loracarbef", "R,S",
            "temocillin", "R,S");

    /** Penam C-2 by CIP (2S for penicillins, sulbactam, tazobactam; clavulanic acid is 2R). */
    private static final Map<String, String> PENAM_C2_EXCEPTIONS = Map.of("clavulanic-acid", "R", "K-clavulanate", "R");

    /**
     * Rows with an E double bond, by hand: the anti-oxime impurity of cefepime, the 3-ylidene of ceftobiprole,
     * the trans azo reagents. Every other stereogenic double bond in the dictionary is Z (syn oximes of the
     * aminothiazole/thiadiazole/furyl side chains, 3-(Z)-propenyl and 3-(Z)-vinyl cephems, clavulanic acid, Dane
     * salt enamines).
     */
    private static final Map<String, Integer> E_BONDS = Map.of("cefepime-anti", 1, "ceftobiprole", 1,
            "ceftobiprole-medocaril", 1, "AIBN", 1, "DEAD", 1, "DIAD", 1);

    /** β-lactam ring: O=C8, C7 (one ring, exocyclic N), N, C6 (fusion), N1 (cephem numbering). */
    private static final SmartsPattern BETA_LACTAM = SmartsPattern.create("O=C1[CX4;R1]([#7;!R])[CX4;R2][#7;R2]1");
    /** Penam/clavam five-membered ring: ... C-5 (fusion, index 3) and C-2 bearing the carboxyl (index 6). */
    private static final SmartsPattern PENAM = SmartsPattern.create(
            "O=C1C[CX4;R2]2[S,O;R1]~[#6;R1]~[CX4;R1]([CX3](=O)~[#8])N12");

    static Stream<Dictionary.Entry> entries() {
        return Dictionary.standard().entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyRowHasAnIndependentCheck(Dictionary.Entry e) {
        assertThat(e.source()).as(e.id() + ": source").isNotBlank();
        assertThat(!e.iupac().isEmpty() || !e.check().isEmpty())
                .as(e.id() + ": a row needs a systematic name (iupac) or an independent check (check)").isTrue();
        if (e.check().startsWith("smiles=")) {
            assertThat(e.check().substring("smiles=".length())).as(e.id() + ": the check must not copy the row")
                    .isNotEqualTo(e.smiles());
        }
        if (!e.check().isEmpty()) {
            assertThat(e.check()).as(e.id() + ": check").matches("(inchikey=[A-Z]{14}-[A-Z]{10}-[A-Z]|smiles=\\S+)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theSystematicNameGivesTheRowsStructureWithStereo(Dictionary.Entry e) throws Exception {
        if (e.iupac().isEmpty()) {
            return; // checked by everyIndependentCheckAgrees
        }
        assertThat(Structures.facts(e.smiles()).inchiKey()).as(e.id() + " vs OPSIN(" + e.iupac() + ")")
                .isEqualTo(systematicKey(e.iupac()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyIndependentCheckAgrees(Dictionary.Entry e) throws Exception {
        String key = Structures.facts(e.smiles()).inchiKey();
        if (e.check().startsWith("inchikey=")) {
            assertThat(key).as(e.id() + " published InChIKey").isEqualTo(e.check().substring("inchikey=".length()));
        } else if (e.check().startsWith("smiles=")) {
            assertThat(key).as(e.id() + " second SMILES")
                    .isEqualTo(Structures.facts(e.check().substring("smiles=".length())).inchiKey());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void rowsFromTheReferenceTableAreAlsoCheckedAgainstTheirSystematicName(Dictionary.Entry e) throws Exception {
        if (e.ref().isEmpty()) {
            return;
        }
        assertThat(e.iupac()).as(e.id() + ": a row copied from the reference table needs its own systematic name")
                .isNotBlank();
        String key = Structures.facts(e.smiles()).inchiKey();
        assertThat(key).as(e.id() + " vs OPSIN(" + e.iupac() + ")").isEqualTo(systematicKey(e.iupac()));
        Map<String, String> ref = SharedFiles.referenceCompounds().get(e.ref());
        assertThat(ref).as(e.id() + " ref " + e.ref()).isNotNull();
        assertThat(key).as(e.id() + " vs reference " + e.ref()).isEqualTo(ref.get("inchikey"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void publishedFormulasMassesAndKeysAgreeWhereRecorded(Dictionary.Entry e) throws Exception {
        StructureFacts facts = Structures.facts(e.smiles());
        if (LABELLED_MASS.containsKey(e.id())) {
            // CDK's Hill string does not show isotopes, so labelled rows are checked by mass
            assertThat(facts.molarMass()).as(e.id() + " hand-calculated mass")
                    .isCloseTo(LABELLED_MASS.get(e.id()), org.assertj.core.api.Assertions.within(0.01));
        }
        if (PUBLISHED_FORMULA.containsKey(e.id())) {
            assertThat(facts.formula()).as(e.id() + " published formula").isEqualTo(PUBLISHED_FORMULA.get(e.id()));
        }
        if (PUBLISHED_KEY.containsKey(e.id())) {
            assertThat(facts.inchiKey()).as(e.id()).isEqualTo(PUBLISHED_KEY.get(e.id()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void betaLactamRingStereoIsTheNaturalOneByCip(Dictionary.Entry e) throws Exception {
        IAtomContainer mol = Structures.parseSmiles(e.smiles());
        List<String> cip = Structures.cipLabels(mol);
        Mappings ring = BETA_LACTAM.matchAll(mol).uniqueAtoms();
        for (int[] m : ring) {
            String expected = RING_CIP_EXCEPTIONS.getOrDefault(e.id(), "R,R");
            assertThat(label(cip, m[4]) + "," + label(cip, m[2])).as(e.id() + " ring fusion C, acylamino C")
                    .isEqualTo(expected);
        }
        for (int[] m : PENAM.matchAll(mol).uniqueAtoms()) {
            assertThat(label(cip, m[3])).as(e.id() + " penam C-5").isEqualTo("R");
            assertThat(label(cip, m[6])).as(e.id() + " penam C-2").isEqualTo(PENAM_C2_EXCEPTIONS.getOrDefault(e.id(), "S"));
        }
    }

    @Test
    void everyCephalosporinAndPenicillinIsCoveredByTheRingStereoCheck() throws Exception {
        long rings = 0;
        for (Dictionary.Entry e : Dictionary.standard().entries()) {
            IAtomContainer mol = Structures.parseSmiles(e.smiles());
            if (BETA_LACTAM.matches(mol) || PENAM.matches(mol)) {
                rings++;
            }
        }
        // counted by hand in the file on 2026-12-02: 64 cephalosporin rows (INNs, ester prodrugs, two salts), 23
        // penicillins, 4 β-lactamase-inhibitor rows, 18 nuclei, intermediates and named impurities
        assertThat(rings).isGreaterThanOrEqualTo(109);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void doubleBondGeometryIsZExceptTheNamedEIsomers(Dictionary.Entry e) throws Exception {
        List<String> cip = Structures.cipLabels(Structures.parseSmiles(e.smiles()));
        long z = cip.stream().filter(l -> l.contains("=") && l.endsWith(":Z")).count();
        long eBonds = cip.stream().filter(l -> l.contains("=") && l.endsWith(":E")).count();
        assertThat(eBonds).as(e.id() + " E double bonds " + cip).isEqualTo((long) E_BONDS.getOrDefault(e.id(), 0));
        if (e.smiles().matches(".*[/\\\\].*") && !E_BONDS.containsKey(e.id())) {
            assertThat(z).as(e.id() + ": a written double-bond configuration must come out Z " + cip).isPositive();
        }
    }

    /**
     * Published molecular formulas of salts and hydrates (USP/Ph. Eur. monograph titles, Merck Index), against what
     * the dictionary and the salt layer compose.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cefepime dihydrochloride monohydrate|C19H28Cl2N6O6S2",
            "ceftriaxone sodium|C18H16N8Na2O7S3",
            "ceftriaxone disodium|C18H16N8Na2O7S3",
            "amoxicillin trihydrate|C16H25N3O8S",
            "ampicillin trihydrate|C16H25N3O7S",
            "ampicillin sodium|C16H18N3NaO4S",
            "cefazolin sodium|C14H13N8NaO4S3",
            "cefotaxime sodium|C16H16N5NaO7S2",
            "cefuroxime sodium|C16H15N4NaO8S",
            "cefoxitin sodium|C16H16N3NaO7S2",
            "cefoperazone sodium|C25H26N9NaO8S2",
            "cefalexin monohydrate|C16H19N3O5S",
            "cefadroxil monohydrate|C16H19N3O6S",
            "penicillin G potassium|C16H17KN2O4S",
            "penicillin V potassium|C16H17KN2O5S",
            "potassium clavulanate|C8H8KNO5",
            "clavulanate potassium|C8H8KNO5",
            "tazobactam sodium|C10H11N4NaO5S",
            "sulbactam sodium|C8H10NNaO5S",
            "piperacillin sodium|C23H26N5NaO7S",
            "cloxacillin sodium monohydrate|C19H19ClN3NaO6S",
            "flucloxacillin sodium monohydrate|C19H18ClFN3NaO6S",
            "dicloxacillin sodium monohydrate|C19H18Cl2N3NaO6S",
            "oxacillin sodium monohydrate|C19H20N3NaO6S",
            "ticarcillin disodium|C15H14N2Na2O6S2",
            "carbenicillin disodium|C17H16N2Na2O6S",
            "cefuroxime axetil|C20H22N4O10S"})
    void commonSaltsAndHydratesHaveThePublishedFormula(String name, String formula) {
        Resolution r = NameResolver.standard().resolve(name);
        assertThat(r.status()).as(name + ": " + r.message()).isEqualTo(ResolutionStatus.RESOLVED);
        assertThat(r.formula()).as(name).isEqualTo(formula);
    }

    /** The InChIKey of a systematic name: each {@code ;}-separated component through OPSIN, β-lactam names first
     * through the translator. */
    static String systematicKey(String iupac) throws Exception {
        StringBuilder smiles = new StringBuilder();
        for (String part : iupac.split(";")) {
            String name = BetaLactamNames.translate(part.trim()).map(BetaLactamNames.Translation::name)
                    .orElse(part.trim());
            OpsinEngine.Parse opsin = OpsinEngine.parse(name);
            assertThat(opsin.ok()).as("OPSIN(" + name + "): " + opsin.message()).isTrue();
            smiles.append(smiles.isEmpty() ? "" : ".").append(opsin.smiles());
        }
        return Structures.facts(smiles.toString()).inchiKey();
    }

    private static String label(List<String> cip, int atomIndex) {
        String prefix = (atomIndex + 1) + ":";
        return cip.stream().filter(l -> !l.contains("=") && l.replaceFirst("^[A-Za-z]+", "").startsWith(prefix))
                .map(l -> l.substring(l.indexOf(':') + 1)).findFirst().orElse("none");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyNameOfAnEntryResolvesToThatEntry(Dictionary.Entry e) throws Exception {
        String key = Structures.facts(e.smiles()).inchiKey();
        for (String n : e.names()) {
            Resolution r = NameResolver.standard().resolve(n);
            assertThat(r.inchiKey()).as(n).isEqualTo(key);
            assertThat(r.source()).as(n).startsWith("dictionary [" + e.id() + "]");
        }
    }

    @Test
    void lookupIgnoresCaseSpacesAndHyphens() {
        assertThat(Dictionary.standard().lookup("Methylene-Chloride")).map(Dictionary.Entry::id).hasValue("DCM");
        assertThat(Dictionary.standard().lookup("tert-butyldimethyl-chlorosilane")).map(Dictionary.Entry::id)
                .hasValue("TBSCl");
        assertThat(Dictionary.standard().lookup("no such thing")).isEmpty();
    }
}
