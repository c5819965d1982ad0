package reflux.scale;

import java.util.List;

/**
 * A batch sheet: what it takes to make the target, stage by stage, every figure traced to the route line it was
 * scaled from. Quantities run from {@code Min} (at the highest yield given) to {@code Max} (at the lowest); they are
 * equal when the yields are single values. Temperatures, times, pH and concentrations are copied as printed, never
 * scaled. Field names are the JSON names of {@code reflux scale --format json}.
 *
 * @param routeId    the route
 * @param routeFile  the route file
 * @param target     the target as given, e.g. "50 kg cefepime dihydrochloride monohydrate"
 * @param targetKg   the target mass in kg
 * @param product    the route substance id the target resolved to
 * @param matchedBy  how it was matched: name, id or InChIKey
 * @param vesselL    nominal vessel volume in L, or null
 * @param maxFillPct largest working volume per batch, % of nominal
 * @param currency   currency of the costs, or null without prices
 * @param stages     the stages needed, in route order
 * @param pmiMin     route PMI (kg of raw materials per kg of target) at the highest yields; null when no mass
 * @param pmiMax     the same at the lowest yields
 * @param pmiLowerBound true when a charge's mass is unknown (PMI only a lower bound)
 * @param costMin    cost of the raw materials priced, per kg of target, or null
 * @param costMax    the same at the lowest yields
 * @param notes      what the sheet could not do, and why
 */
public record BatchSheet(String routeId, String routeFile, String target, double targetKg, String product,
                         String matchedBy, Double vesselL, double maxFillPct, String currency, List<StageSheet> stages,
                         Double pmiMin, Double pmiMax, boolean pmiLowerBound, Double costMin, Double costMax,
                         List<String> notes) {
    public BatchSheet {
        stages = List.copyOf(stages);
        notes = List.copyOf(notes);
    }

    /** The stage sheet with this id, or null. */
    public StageSheet stage(String id) {
        return stages.stream().filter(s -> s.stage().equals(id)).findFirst().orElse(null);
    }

    /**
     * One stage at scale.
     *
     * @param stage       stage id
     * @param name        stage title as printed
     * @param factorMin   scale factor on every printed amount (at the highest yield)
     * @param factorMax   scale factor at the lowest yield
     * @param yieldBasis  where the yield came from, in words
     * @param printedYieldPct the molar yield the printed figures give, or null
     * @param yieldMinPct lowest yield used, %
     * @param yieldMaxPct highest yield used, %
     * @param productKgMin product of the stage to make, kg
     * @param productKgMax the same at the lowest yield of a later stage
     * @param lines       every charge scaled, in route order
     * @param bom         bill of materials (one row per material)
     * @param record      the batch record: operations in order with their charges, conditions and working volume
     * @param workingLMax largest working volume of the stage, L (a lower bound when {@code workingExact} is false)
     * @param workingExact false when a liquid of unprinted volume is in the vessel
     * @param batches     number of batches in the vessel, or null without a vessel
     * @param vesselNote  the vessel check in words, or null
     * @param waste       waste streams at scale
     * @param pmi         stage PMI (kg charged, intermediates included, per kg of the stage's product), or null
     * @param hoursLow    time the printed operations take (stirs, additions, holds), h, low end; null when none
     * @param hoursHigh   the same, high end
     * @param notes       what this stage could not scale, and why
     */
    public record StageSheet(String stage, String name, double factorMin, double factorMax, String yieldBasis,
                             Double printedYieldPct, double yieldMinPct, double yieldMaxPct, double productKgMin,
                             double productKgMax, List<Line> lines, List<BomLine> bom, List<RecordEntry> record,
                             Double workingLMax, boolean workingExact, Integer batches, String vesselNote,
                             List<Waste> waste, Double pmi, Double hoursLow, Double hoursHigh, List<String> notes) {
        public StageSheet {
            lines = List.copyOf(lines);
            bom = List.copyOf(bom);
            record = List.copyOf(record);
            waste = List.copyOf(waste);
            notes = List.copyOf(notes);
        }
    }

    /**
     * One charge scaled. Null = not printed / not computable.
     *
     * @param stage      stage id
     * @param step       step id
     * @param operation  operation index in the step (0-based)
     * @param path       path into the route ({@code stages[I].steps[A].operations[0].charges[1]})
     * @param substance  substance id, or the stream it takes ({@code solution-A})
     * @param name       substance name as printed
     * @param role       role
     * @param printed    the amounts as printed ("10 g, 0.03 mol")
     * @param kgMin      mass at scale, kg
     * @param kgMax      the same at the lowest yield
     * @param litresMin  volume at scale, L (printed volume × factor, or mass / density)
     * @param litresMax  the same at the lowest yield
     * @param molesMin   moles at scale
     * @param molesMax   the same at the lowest yield
     * @param density    density used, g/mL, or null
     * @param strengthPct strength of a solution, % w/w, or null
     * @param densitySource where the density and strength come from, or null
     * @param kind       raw (a raw material), intermediate (from an earlier stage), transfer (a stream of this
     *                   stage), contained (printed as the content of a solution)
     * @param file       route file
     * @param fileLine   line of the charge in the route file
     * @param quote      the printed words
     */
    public record Line(String stage, String step, int operation, String path, String substance, String name,
                       String role, String printed, Double kgMin, Double kgMax, Double litresMin, Double litresMax,
                       Double molesMin, Double molesMax, Double density, Double strengthPct, String densitySource,
                       String kind, String file, int fileLine, String quote) {
    }

    /**
     * One material of a stage's bill of materials, totalled over its charges; cost null without a price;
     * {@code partial}: some of its charges print no amount (the totals are lower bounds; null when none does).
     */
    public record BomLine(String substance, String name, String kind, Double kgMin, Double kgMax, Double litresMin,
                          Double litresMax, Double density, Double strengthPct, String densitySource, Double costMin,
                          Double costMax, String priceSource, int charges, boolean partial) {
    }

    /**
     * One operation of the batch record. {@code workingLMin/Max}: the vessel's liquid content after it, L (per
     * batch: divide by the stage's batches); {@code fillPct}: per batch, % of the vessel, or null without one.
     */
    public record RecordEntry(int seq, String step, int operation, String type, String details, String temperature,
                              String duration, String pH, List<String> charges, Double workingLMin,
                              Double workingLMax, boolean workingExact, Double fillPct, String holdPoint,
                              String path, int fileLine, String quote) {
        public RecordEntry {
            charges = List.copyOf(charges);
        }
    }

    /** A waste stream at scale, kg. */
    public record Waste(String stream, double kgMin, double kgMax, String basis) {
    }
}
