package reflux.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reflux.testkit.SharedFiles;

/**
 * Markush genus of seed 000 formula II ("R_1 is a negative charge or a trialkylsilyl group, R is hydrogen or a
 * trialkylsilyl group, n is 0 - 2 and X signifies chloride, bromide or iodide"): its size under the bounds and
 * membership of members and near-misses. Expected values are from the claim words, counted by hand.
 */
class GenusTest {

    private static ClaimSet set000;
    private static ClaimSet set001;

    @BeforeAll
    static void load() {
        set000 = new ClaimsReader().read(SharedFiles.repoRoot().resolve("claims/000.yaml")).claims();
        set001 = new ClaimsReader().read(SharedFiles.repoRoot().resolve("claims/001.yaml")).claims();
    }

    private static Genus ii(int carbons) {
        return Genus.of(set000.genus("II").orElseThrow(), Vocabulary.standard(), new Genus.Bounds(carbons));
    }

    @Test
    void formulaIiHas131527MembersWithC1ToC4Alkyls() {
        // alkyls C1-C4: methyl, ethyl, propyl, isopropyl, butyl, isobutyl, sec-butyl, tert-butyl = 8;
        // trialkylsilyl = multisets of 3 of 8 = C(10,3) = 120; R: H + 120 = 121; R1: negative charge + 120.
        // R1 = negative charge (inner salt): n = 0 needs no X (1), n = 1 or 2 takes n HX with X = Cl, Br, I (3 + 3);
        // R1 = silyl ester: the cation needs X- (3) and takes n = 0..2 HX (3): 120 * 9 = 1080. Per R: 1087.
        assertThat(ii(4).count()).isEqualTo(121L * 1087L);
    }

    @Test
    void theAlkylBoundChangesTheSize() {
        // methyl only: R 2 (H, TMS), R1 2; per R: 7 + 1 * 9 = 16; total 32
        assertThat(ii(1).count()).isEqualTo(32);
        // methyl, ethyl: trialkylsilyls C(4,3) = 4; R 5; per R: 7 + 4 * 9 = 43; total 215
        assertThat(ii(2).count()).isEqualTo(215);
    }

    @Test
    void formulaIvOfSeed001Has30Members() {
        // "X represents bromine or chlorine atom Y represents hydroxyl or a halo group": X 2, Y OH/F/Cl/Br/I 5, and
        // the oxime geometry, which the words leave open: Z, E, unstated 3
        assertThat(Genus.of(set001.genus("IV").orElseThrow(), Vocabulary.standard(), Genus.Bounds.DEFAULT).count())
                .isEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        7-ACP inner salt (R=H, R1=-, n=0)        | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)[O-]                                  | MEMBER     |
        7-ACP hydrochloride (n=1, X=Cl)          | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O.[Cl-]                               | MEMBER     |
        7-ACP hydrochloride, engine SMILES       | C[N+]1(CCCC1)CC2=C(C(=O)O)N3C(=O)[C@H]([C@H]3SC2)N.[Cl-]                                 | MEMBER     |
        7-ACP dihydrochloride (n=2)              | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O.[Cl-].Cl                            | MEMBER     |
        7-ACP hydrobromide                       | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O.[Br-]                               | MEMBER     |
        N,O-bis-TMS chloride                     | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N[Si](C)(C)C)SC2)C(=O)O[Si](C)(C)C.[Cl-]         | MEMBER     |
        N,O-bis-TMS iodide                       | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N[Si](C)(C)C)SC2)C(=O)O[Si](C)(C)C.[I-]          | MEMBER     |
        O-TMS ester chloride (R=H)               | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O[Si](C)(C)C.[Cl-]                    | MEMBER     |
        N,O-bis-TMS chloride + HCl (n=1)         | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N[Si](C)(C)C)SC2)C(=O)O[Si](C)(C)C.[Cl-].Cl      | MEMBER     |
        TBDMS ester bromide                      | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O[Si](C)(C)C(C)(C)C.[Br-]             | MEMBER     |
        N,O-bis-triethylsilyl iodide             | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N[Si](CC)(CC)CC)SC2)C(=O)O[Si](CC)(CC)CC.[I-]    | MEMBER     |
        N-TMS inner salt (R=TMS, R1=-)           | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N[Si](C)(C)C)SC2)C(=O)[O-]                       | MEMBER     |
        7-ACP hydrofluoride                      | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O.[F-]                                | NOT_MEMBER | wrong-halide
        N,O-bis-TMS fluoride                     | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N[Si](C)(C)C)SC2)C(=O)O[Si](C)(C)C.[F-]          | NOT_MEMBER | wrong-halide
        7-epimer of 7-ACP hydrochloride          | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@H](C3=O)N)SC2)C(=O)O.[Cl-]                                | NOT_MEMBER | 7-epimer
        6-epimer of 7-ACP inner salt             | C[N+]1(CCCC1)CC2=C(N3[C@H]([C@@H](C3=O)N)SC2)C(=O)[O-]                                   | NOT_MEMBER | 6-epimer
        Δ2 isomer of 7-ACP inner salt            | C[N+]1(CCCC1)CC2C(N3[C@@H]([C@@H](C3=O)N)SC=2)C(=O)[O-]                                  | NOT_MEMBER | delta2
        7-ACP hydrochloride without N-methyl     | [NH+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O.[Cl-]                               | NOT_MEMBER | no-n-methyl
        tri-n-pentylsilyl ester chloride (C5)    | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O[Si](CCCCC)(CCCCC)CCCCC.[Cl-]        | NOT_MEMBER |
        7-ACP hydrochloride monohydrate          | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O.[Cl-].O                             | NOT_MEMBER |
        N-ethyl analogue of 7-ACP inner salt     | CC[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)[O-]                                 | NOT_MEMBER |
        cefepime (formula I, not II)             | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)NC(=O)/C(=N\\OC)/C4=CSC(=N4)N)SC2)C(=O)[O-]       | NOT_MEMBER |
        N,O-bis-TMS cation without X             | C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N[Si](C)(C)C)SC2)C(=O)O[Si](C)(C)C               | NOT_MEMBER |
        """)
    void membershipOfFormulaIi(String what, String smiles, Genus.Membership.Status expected, String nearMiss) {
        Genus.Membership m = ii(4).membership(smiles);
        assertThat(m.status()).as(what + ": " + m.reason()).isEqualTo(expected);
        if (nearMiss != null) {
            assertThat(m.nearMiss()).as(what).isEqualTo(nearMiss);
        }
        if (expected == Genus.Membership.Status.MEMBER) {
            assertThat(m.assignment()).as(what).containsKeys("R", "R1", "X", "n");
        } else {
            assertThat(m.reason()).as(what).isNotBlank();
        }
    }

    @Test
    void aMemberSaysItsAssignment() {
        Genus.Membership m = ii(4).membership("C[N+]1(CCCC1)CC2=C(N3[C@@H]([C@@H](C3=O)N)SC2)C(=O)O.[Cl-]");
        // 7-ACP hydrochloride is the inner salt (R = H, R1 = negative charge) with one HCl (n = 1, X = Cl)
        assertThat(m.assignment()).containsEntry("R", "H").containsEntry("R1", "negative charge")
                .containsEntry("X", "Cl").containsEntry("n", "1");
    }
}
