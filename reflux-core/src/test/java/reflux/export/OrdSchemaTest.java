package reflux.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import ord.DatasetOuterClass.Dataset;
import ord.ReactionOuterClass.Compound;
import ord.ReactionOuterClass.CompoundIdentifier;
import ord.ReactionOuterClass.ProductCompound;
import ord.ReactionOuterClass.ProductMeasurement;
import ord.ReactionOuterClass.Reaction;
import ord.ReactionOuterClass.ReactionInput;
import ord.ReactionOuterClass.ReactionRole.ReactionRoleType;
import ord.ReactionOuterClass.ReactionWorkup.ReactionWorkupType;
import org.junit.jupiter.api.Test;
import reflux.testkit.SharedFiles;

/**
 * The ORD export of both seed-001 routes parses with protobuf's strict JSON parser into ORD's own messages, compiled
 * by protoc from {@code ../shared/ord-schema/} (unknown field or enum name = failure), and holds the seed's printed
 * amounts and the reference InChIKeys ({@code ../shared/reference/seed-compounds.tsv}).
 */
class OrdSchemaTest {

    private static final Map<String, Map<String, String>> REF = SharedFiles.referenceCompounds();
    private static final String SEED = SharedFiles.seedText("001");

    private static Dataset parse(String json) throws InvalidProtocolBufferException {
        Dataset.Builder b = Dataset.newBuilder();
        JsonFormat.parser().merge(json, b);
        return b.build();
    }

    private static Dataset export(String route) throws InvalidProtocolBufferException {
        return parse(new OrdDataset().json(ExportFixtures.of(route)));
    }

    private static String key(String refId) {
        return REF.get(refId).get("inchikey");
    }

    private static Optional<String> inchiKey(List<CompoundIdentifier> ids) {
        return ids.stream().filter(i -> i.getType() == CompoundIdentifier.CompoundIdentifierType.INCHI_KEY)
                .map(CompoundIdentifier::getValue).findFirst();
    }

    private static Compound component(Reaction r, String inchiKey) {
        return r.getInputsMap().values().stream().flatMap(i -> i.getComponentsList().stream())
                .filter(c -> inchiKey.equals(inchiKey(c.getIdentifiersList()).orElse(null))).findFirst()
                .orElseThrow(() -> new AssertionError("no input component with InChIKey " + inchiKey));
    }

    /** The printed mass "7.73 g" is in the seed text (so the expected value is the document's, not the code's). */
    private static double printedGrams(String printed) {
        assertThat(Pattern.compile("\\(" + Pattern.quote(printed) + "[,;) ]").matcher(SEED).find())
                .as("seed 001 prints (%s", printed).isTrue();
        return Double.parseDouble(printed.replace(" g", ""));
    }

    private static ProductCompound desired(Reaction r) {
        return r.getOutcomesList().stream().flatMap(o -> o.getProductsList().stream())
                .filter(ProductCompound::getIsDesiredProduct).findFirst().orElseThrow();
    }

    private static List<ProductCompound> byProducts(Reaction r) {
        return r.getOutcomesList().stream().flatMap(o -> o.getProductsList().stream())
                .filter(p -> p.getReactionRole() == ReactionRoleType.BYPRODUCT).toList();
    }

    private static double amountGrams(ProductCompound p) {
        return p.getMeasurementsList().stream().filter(m -> m.getType() == ProductMeasurement.ProductMeasurementType.AMOUNT)
                .filter(m -> m.getAmount().hasMass()).findFirst().orElseThrow().getAmount().getMass().getValue();
    }

    @Test
    void example1IsADatasetOfTwoReactionsWithThePrintedChargesAndReferenceStructures() throws Exception {
        Dataset d = export("cefepime-001-example1.yaml");
        assertThat(d.getReactionsCount()).isEqualTo(2);
        Reaction one = d.getReactions(0);
        Compound nucleus = component(one, key("001-III.HCl"));
        assertThat(nucleus.getReactionRole()).isEqualTo(ReactionRoleType.REACTANT);
        assertThat(nucleus.getAmount().getMass().getValue()).isEqualTo((float) printedGrams("10 g"));
        assertThat(nucleus.getAmount().getMass().getUnits().name()).isEqualTo("GRAM");
        Compound acid = component(one, key("001-IV.BrOH"));
        assertThat(acid.getAmount().getMass().getValue()).isEqualTo((float) printedGrams("7.73 g"));
        assertThat(acid.getIdentifiersList()).anyMatch(i -> i.getValue().equals("4-bromo-2-methoxyimino-3-oxobutyric acid"));
        // "N-trimethylsilylacetamide solution (containing 26.72 g N-trimethylsilylacetamide, 0.20 mol)"
        assertThat(SEED).contains("containing 26.72 g N-trimethylsilylacetamide");
        ReactionInput tmsa = one.getInputsOrThrow("N-trimethylsilylacetamide solution");
        assertThat(tmsa.getComponentsList()).anyMatch(c -> c.getAmount().getMass().getValue() == 26.72f);
        assertThat(one.getInputsOrThrow("phosphorous pentachloride").getComponents(0).getReactionRole())
                .isEqualTo(ReactionRoleType.REAGENT);
        assertThat(one.getInputsOrThrow("methylene chloride").getComponents(0).getAmount().getVolume().getValue())
                .isEqualTo(100f);
        ProductCompound bromo = desired(one);
        assertThat(inchiKey(bromo.getIdentifiersList())).contains(key("001-II.Br.HCl"));
        assertThat(amountGrams(bromo)).isEqualTo((float) printedGrams("13.2 g"));
        assertThat(one.getOutcomes(0).getAnalysesMap()).containsKeys("1H NMR", "IR", "MS");
        assertThat(one.getOutcomes(0).getAnalysesOrThrow("IR").getDataOrThrow("bands").getStringValue())
                .isEqualTo("1785, 1714, 1678, 1610");
        // "-25°C to -20°C": the setpoint is the midpoint, half the width the precision
        assertThat(one.getConditions().getTemperature().getSetpoint().getValue()).isEqualTo(-22.5f);
        assertThat(one.getConditions().getTemperature().getSetpoint().getPrecision()).isEqualTo(2.5f);
        assertThat(one.getWorkupsList()).extracting(w -> w.getType()).contains(ReactionWorkupType.FILTRATION,
                ReactionWorkupType.WASH, ReactionWorkupType.DRY_IN_VACUUM);
        assertThat(one.getProvenance().getReactionMetadataOrThrow("reflux_verdict").getStringValue()).isEqualTo("MATCH");
        assertThat(one.getProvenance().getRecordCreated().getTime().getValue()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(one.getNotes().getProcedureDetails()).contains("washed with water (23 ml)");
        // by-products of the balanced equation: POCl3, HCl, TMSCl, acetamide
        assertThat(byProducts(one)).extracting(p -> inchiKey(p.getIdentifiersList()).orElse(""))
                .contains(key("POCl3"), key("HCl"), key("TMSCl"), key("acetamide"));

        Reaction two = d.getReactions(1);
        ReactionInput crude = two.getInputsMap().values().stream().filter(i -> i.getCrudeComponentsCount() > 0)
                .findFirst().orElseThrow();
        assertThat(crude.getCrudeComponents(0).getReactionId()).isEqualTo(one.getReactionId());
        assertThat(crude.getCrudeComponents(0).getIncludesWorkup()).isTrue();
        assertThat(crude.getCrudeComponents(0).getHasDerivedAmount()).isFalse();
        assertThat(crude.getCrudeComponents(0).getAmount().getMass().getValue()).isEqualTo((float) printedGrams("2.0 g"));
        assertThat(component(two, key("thiourea")).getAmount().getMass().getValue())
                .isEqualTo((float) printedGrams("0.31 g"));
        ProductCompound api = desired(two);
        assertThat(inchiKey(api.getIdentifiersList())).contains(key("001-I.2HCl.H2O"));
        assertThat(amountGrams(api)).isEqualTo(1.47f);
        assertThat(SEED).contains("1.47 g of Cefepime dihydrochloride monohydrate").contains("HPLC purity 99.42%");
        assertThat(api.getMeasurementsList()).anyMatch(m -> m.getType() == ProductMeasurement.ProductMeasurementType.PURITY
                && m.getPercentage().getValue() == 99.42f && m.getAnalysisKey().equals("HPLC"));
        assertThat(two.getOutcomes(0).getAnalysesMap()).containsKey("HPLC");
        assertThat(byProducts(two)).extracting(p -> inchiKey(p.getIdentifiersList()).orElse(""))
                .contains(key("HBr")); // from the Hantzsch thiazole synthesis
        assertThat(two.getWorkupsList()).anyMatch(w -> w.getType() == ReactionWorkupType.PH_ADJUST
                && w.getTargetPh() == 6.7f);
    }

    @Test
    void example2LinksItsStagesAndCarriesTheChloroIntermediate() throws Exception {
        Dataset d = export("cefepime-001-example2.yaml");
        assertThat(d.getReactionsCount()).isEqualTo(2);
        Reaction one = d.getReactions(0);
        assertThat(inchiKey(desired(one).getIdentifiersList())).contains(key("001-II.Cl.HCl"));
        assertThat(component(one, key("001-IV.ClOH")).getAmount().getMass().getValue())
                .isEqualTo((float) printedGrams("6.2 g"));
        Reaction two = d.getReactions(1);
        assertThat(two.getInputsMap().values()).anyMatch(i -> i.getCrudeComponentsCount() == 1
                && i.getCrudeComponents(0).getReactionId().equals(one.getReactionId())
                && i.getCrudeComponents(0).getAmount().getMass().getValue() == (float) printedGrams("4.0 g"));
        assertThat(inchiKey(desired(two).getIdentifiersList())).contains(key("001-I.2HCl.H2O"));
        assertThat(SEED).contains("dried to obtain 3.4 g of Cefepime dihydrochloride monohydrate");
        assertThat(amountGrams(desired(two))).isEqualTo(3.4f);
        assertThat(d.getReactionsList()).extracting(Reaction::getReactionId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("ord-[0-9a-f]{32}"));
    }

    /** Every route unit of an amount or condition has an ORD unit, and each is a value of the ORD message's enum. */
    @Test
    void everyRouteUnitMapsToAnEnumValueOfItsOrdMessage() throws Exception {
        Map<String, java.util.function.Function<String, ?>> enums = Map.of(
                "Mass", ord.ReactionOuterClass.Mass.MassUnit::valueOf,
                "Moles", ord.ReactionOuterClass.Moles.MolesUnit::valueOf,
                "Volume", ord.ReactionOuterClass.Volume.VolumeUnit::valueOf,
                "Concentration", ord.ReactionOuterClass.Concentration.ConcentrationUnit::valueOf,
                "Temperature", ord.ReactionOuterClass.Temperature.TemperatureUnit::valueOf,
                "Time", ord.ReactionOuterClass.Time.TimeUnit::valueOf,
                "Pressure", ord.ReactionOuterClass.Pressure.PressureUnit::valueOf);
        Map<String, String> messageOf = Map.of("MASS", "Mass", "AMOUNT", "Moles", "VOLUME", "Volume",
                "MOLARITY", "Concentration", "TEMPERATURE", "Temperature", "TIME", "Time", "PRESSURE", "Pressure");
        List<String> lines;
        try (var in = OrdSchemaTest.class.getResourceAsStream("/reflux/route/units.tsv")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).skip(1).toList();
        }
        OrdVocabulary v = OrdVocabulary.standard();
        int mapped = 0;
        for (String line : lines) {
            String[] cells = line.split("\t");
            String message = messageOf.get(cells[1]);
            if (message == null) {
                continue;
            }
            OrdVocabulary.OrdUnit u = v.unit(cells[0]);
            assertThat(u).as("ORD unit of route unit %s", cells[0]).isNotNull();
            assertThat(u.message()).as(cells[0]).isEqualTo(message);
            assertThat(enums.get(message).apply(u.unit())).as(cells[0]).isNotNull();
            mapped++;
        }
        assertThat(mapped).isGreaterThanOrEqualTo(30);
        assertThat(OrdVocabulary.rows("ord-operations.tsv", 3)).extracting(r -> r[0])
                .containsExactlyInAnyOrder(java.util.Arrays.stream(reflux.model.route.OperationType.values())
                        .map(Enum::name).toArray(String[]::new));
        for (reflux.model.route.OperationType t : reflux.model.route.OperationType.values()) {
            String w = v.workupType(t);
            if (w != null) {
                assertThat(ReactionWorkupType.valueOf(w)).as(t.name()).isNotNull();
            }
        }
        assertThat(v.workupType(reflux.model.route.OperationType.CHARGE)).isNull();
    }

    @Test
    void theParserIsStrictSoAMisspeltFieldOrEnumWouldFail() throws Exception {
        String json = new OrdDataset().json(ExportFixtures.of("cefepime-001-example1.yaml"));
        assertThatThrownBy(() -> parse(json.replaceFirst("\"reactionRole\"", "\"reactionRoles\"")))
                .isInstanceOf(InvalidProtocolBufferException.class);
        assertThatThrownBy(() -> parse(json.replaceFirst("\"GRAM\"", "\"GRAMS\"")))
                .isInstanceOf(InvalidProtocolBufferException.class);
    }
}
