package reflux.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.chem.Structures;
import reflux.model.identity.Resolution;

/**
 * Formulas and element molecules. Expected structures are hand-written SMILES of the textbook compounds (ionic
 * for salts; M=O for transition-metal oxides as PubChem draws them), compared by InChIKey.
 */
class FormulaReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AlCl3          | Cl[Al](Cl)Cl
            Na2SO4·10H2O   | [Na+].[Na+].[O-]S([O-])(=O)=O.O.O.O.O.O.O.O.O.O.O
            Na2SO4.10H2O   | [Na+].[Na+].[O-]S([O-])(=O)=O.O.O.O.O.O.O.O.O.O.O
            CS2            | S=C=S
            BF3·OEt2       | FB(F)F.CCOCC
            NaBH3CN        | [Na+].N#C[BH3-]
            Br2            | BrBr
            MnO2           | O=[Mn]=O
            PtO2           | O=[Pt]=O
            OsO4           | O=[Os](=O)(=O)=O
            TiCl4          | Cl[Ti](Cl)(Cl)Cl
            CuCl           | [Cu]Cl
            CsF            | [Cs+].[F-]
            Ni             | [Ni]
            (NH4)2SO4      | [NH4+].[NH4+].[O-]S([O-])(=O)=O
            Pd(OAc)2       | [Pd+2].CC([O-])=O.CC([O-])=O
            Al2(SO4)3      | [Al+3].[Al+3].[O-]S([O-])(=O)=O.[O-]S([O-])(=O)=O.[O-]S([O-])(=O)=O
            LiAlH4         | [Li+].[AlH4-]
            HNO3           | O[N+]([O-])=O
            H3PO4          | OP(O)(O)=O
            SO2Cl2         | ClS(Cl)(=O)=O
            PBr3           | BrP(Br)Br
            KMnO4          | [K+].[O-][Mn](=O)(=O)=O
            """)
    void formulasAreReadAsTheirCompounds(String formula, String smiles) throws Exception {
        Resolution r = NameResolver.fresh().resolve(formula);
        assertThat(r.isResolved()).as(r.message()).isTrue();
        assertThat(r.inchiKey()).as(r.smiles()).isEqualTo(Structures.inchiKey(Structures.parseSmiles(smiles)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bromine   | BrBr
            Chlorine  | ClCl
            iodine    | II
            oxygen    | O=O
            nitrogen  | N#N
            fluorine  | FF
            """)
    void elementNamesMeanTheirMolecules(String name, String smiles) throws Exception {
        Resolution r = NameResolver.fresh().resolve(name);
        assertThat(r.inchiKey()).isEqualTo(Structures.inchiKey(Structures.parseSmiles(smiles)));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("ELEMENT_MOLECULE"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CO", "NO", "N2O5", "CH3CN", "NBS", "PCC", "CDI", "HMPA", "THF", "NaX", "Na2Cl", "FeCl5", "H", "I"})
    void whatDoesNotBalanceOrIsNoFormulaIsNotRead(String text) {
        assertThat(FormulaReader.standard().read(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anElementNamedBesideAnotherComponentIsItsMolecule() throws Exception {
        Resolution r = NameResolver.fresh().resolve("bromine triphenylphosphine");
        assertThat(r.inchiKey()).isEqualTo(Structures.inchiKey(Structures.parseSmiles(
                "BrBr.c1ccc(cc1)P(c1ccccc1)c1ccccc1")));
    }
}
