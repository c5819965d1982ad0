package reflux.model.route;

import java.util.List;

/**
 * Analytical data reported for an isolated material.
 *
 * @param nmrNucleus    "1H" (or "13C"), or null when no NMR was printed
 * @param nmrFrequencyMHz spectrometer frequency, or null
 * @param nmrSolvent    "DMSO-d6", or null
 * @param nmr           NMR peaks in printed order
 * @param irBands       IR bands in cm-1
 * @param irMedium      "KBr", or null
 * @param ms            MS peaks in printed order
 * @param hplcPurity    HPLC purity in %, or null
 * @param waterContent  water content in % w/w (Karl Fischer, loss on drying) as printed, or null = not reported
 * @param source        where the data were printed
 */
public record Analytics(String nmrNucleus, Double nmrFrequencyMHz, String nmrSolvent, List<NmrPeak> nmr,
                        List<Double> irBands, String irMedium, List<MsPeak> ms, Double hplcPurity,
                        Double waterContent, Provenance source) {
    /** Nothing reported. */
    public static final Analytics NONE = new Analytics(null, null, null, List.of(), List.of(), null, List.of(), null,
            null, Provenance.NONE);

    public Analytics {
        nmr = nmr == null ? List.of() : List.copyOf(nmr);
        irBands = irBands == null ? List.of() : List.copyOf(irBands);
        ms = ms == null ? List.of() : List.copyOf(ms);
        source = source == null ? Provenance.NONE : source;
    }

    /** Analytics without a water content. */
    public Analytics(String nmrNucleus, Double nmrFrequencyMHz, String nmrSolvent, List<NmrPeak> nmr,
                     List<Double> irBands, String irMedium, List<MsPeak> ms, Double hplcPurity, Provenance source) {
        this(nmrNucleus, nmrFrequencyMHz, nmrSolvent, nmr, irBands, irMedium, ms, hplcPurity, null, source);
    }
}
