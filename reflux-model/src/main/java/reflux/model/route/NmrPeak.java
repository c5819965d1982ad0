package reflux.model.route;

/**
 * One 1H NMR signal as printed ("3.66 &amp; 4.05 (2d, each 1H)" gives two peaks).
 *
 * @param shift        chemical shift in ppm (the centre, or the lower end of a printed range)
 * @param shiftHigh    upper end when a range was printed, or null
 * @param multiplicity as printed: s, d, t, q, m, dd, b/br, ...
 * @param protons      integral in H as printed, or null = not printed
 * @param text         the signal as written
 */
public record NmrPeak(double shift, Double shiftHigh, String multiplicity, Integer protons, String text) {
}
