/**
 * Quantities as printed ("10 g", "2x5 ml", "-25 to -20 °C") parsed by {@link reflux.route.units.QuantityParser},
 * converted to base units by {@link reflux.route.units.Units} (Indriya).
 */
package reflux.route.units;
