package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reflux.chem.StructureFacts;
import reflux.chem.Structures;
import reflux.model.identity.Resolution;
import reflux.testkit.SharedFiles;

/**
 * Guards {@code dictionary.tsv}: a row taken from the shared reference must reproduce its InChIKey; any other row
 * must agree with OPSIN on its systematic name (an independent program) and with a published Hill formula.
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

    static Stream<Dictionary.Entry> entries() {
        return Dictionary.standard().entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEntryIsCheckedAgainstAnIndependentSource(Dictionary.Entry e) throws Exception {
        StructureFacts facts = Structures.facts(e.smiles());
        assertThat(e.source()).as(e.id()).isNotBlank();
        if (!e.ref().isEmpty()) {
            Map<String, String> ref = SharedFiles.referenceCompounds().get(e.ref());
            assertThat(ref).as(e.id() + " ref " + e.ref()).isNotNull();
            assertThat(facts.inchiKey()).as(e.id()).isEqualTo(ref.get("inchikey"));
            return;
        }
        assertThat(e.iupac()).as(e.id() + ": a row without ref needs an iupac name").isNotBlank();
        OpsinEngine.Parse opsin = OpsinEngine.parse(e.iupac());
        assertThat(opsin.ok()).as(e.id() + " OPSIN " + opsin.message()).isTrue();
        assertThat(facts.inchiKey()).as(e.id() + " vs OPSIN(" + e.iupac() + ")")
                .isEqualTo(Structures.facts(opsin.smiles()).inchiKey());
        if (LABELLED_MASS.containsKey(e.id())) {
            // CDK's Hill string does not show isotopes, so labelled rows are checked by mass
            assertThat(facts.molarMass()).as(e.id() + " hand-calculated mass")
                    .isCloseTo(LABELLED_MASS.get(e.id()), org.assertj.core.api.Assertions.within(0.01));
        } else {
            assertThat(facts.formula()).as(e.id() + " published formula").isEqualTo(PUBLISHED_FORMULA.get(e.id()));
        }
        if (PUBLISHED_KEY.containsKey(e.id())) {
            assertThat(facts.inchiKey()).as(e.id()).isEqualTo(PUBLISHED_KEY.get(e.id()));
        }
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
