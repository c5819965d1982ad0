package reflux.model.route;

/**
 * One mass-spectrum value as printed ("503, 505 [M+1]" gives two peaks sharing the label).
 *
 * @param mz    m/z as printed
 * @param label ion label as printed ("M+1", "M+Na", "M+H"), or null
 * @param mode  ionisation/polarity as printed ("Positive ion Mode"), or null
 * @param text  the value as written
 */
public record MsPeak(double mz, String label, String mode, String text) {
}
