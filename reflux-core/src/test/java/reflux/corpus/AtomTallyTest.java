package reflux.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.exception.InvalidSmilesException;
import reflux.chem.Structures;

/** The tally pre-check: counts read by hand off the formulas and structures below. */
class AtomTallyTest {

    @Test
    void aHillFormulaStatesItsHeavyAtomsAndHydrogens() {
        // C19 + Cl2 + N6 + O6 + S2 = 35 heavy atoms, 28 hydrogens
        assertThat(AtomTally.ofFormula("C19H28Cl2N6O6S2")).isEqualTo(new AtomTally(35, 28));
        // Hg is one heavy atom, not a hydrogen; H without a count is one
        assertThat(AtomTally.ofFormula("CH3HgCl")).isEqualTo(new AtomTally(3, 3));
        assertThat(AtomTally.ofFormula("C2H3O2-")).isEqualTo(new AtomTally(4, 3));
        assertThat(AtomTally.ofFormula(null)).isNull();
        assertThat(AtomTally.ofFormula("")).isNull();
    }

    @Test
    void aMoleculeCountsImplicitAndExplicitHydrogens() throws InvalidSmilesException {
        // acetic acid CC(=O)O: C2O2, 3 + 1 implicit H
        assertThat(AtomTally.of(Structures.parseSmiles("CC(=O)O"))).isEqualTo(new AtomTally(4, 4));
        // [H]C([H])([H])Cl: explicit H atoms count as hydrogens
        assertThat(AtomTally.of(Structures.parseSmiles("[H]C([H])([H])Cl"))).isEqualTo(new AtomTally(2, 3));
        assertThat(AtomTally.of(Structures.parseSmiles("*CC"))).isNull();
    }

    @Test
    void onlyAMoleculeOfAnotherTallyIsRuledOut() throws InvalidSmilesException {
        AtomTally aceticAcid = AtomTally.ofFormula("C2H4O2");
        assertThat(aceticAcid.mayBe(Structures.parseSmiles("OCC=O"))).isTrue(); // glycolaldehyde, same formula
        assertThat(aceticAcid.mayBe(Structures.parseSmiles("CCO"))).isFalse(); // ethanol C2H6O
        assertThat(aceticAcid.mayBe(Structures.parseSmiles("*C(=O)O"))).isTrue(); // pseudo atom: not ruled out
    }
}
