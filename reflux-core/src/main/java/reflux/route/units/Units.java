package reflux.route.units;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import reflux.model.quantity.Dimension;
import reflux.model.quantity.Quantity;

/**
 * Conversion of a {@link Quantity} to the base unit of its dimension: g, mol, mL, °C, s, bar, %, g/mL, mol/L, eq,
 * MHz. Dimensional conversions go through Indriya (JSR 385); percent, equivalents and pH are dimensionless and
 * pass through. Temperatures convert affinely (Indriya's Celsius/Kelvin converters are affine). Thread-safe.
 *
 * <pre>{@code
 * double ml = reflux.route.units.Units.toBase(QuantityParser.quantity("2 L"));   // 2000.0
 * }</pre>
 */
public final class Units {

    private static final Unit<?> ML = MetricPrefix.MILLI(tech.units.indriya.unit.Units.LITRE);
    private static final Unit<?> BAR = tech.units.indriya.unit.Units.PASCAL.multiply(100_000);
    private static final Unit<?> MOL_PER_L = tech.units.indriya.unit.Units.MOLE
            .divide(tech.units.indriya.unit.Units.LITRE);
    private static final Unit<?> G_PER_ML = tech.units.indriya.unit.Units.GRAM.divide(ML);
    private static final Unit<?> MHZ = MetricPrefix.MEGA(tech.units.indriya.unit.Units.HERTZ);

    private static final Map<String, Unit<?>> JSR385 = Map.ofEntries(
            Map.entry("g", tech.units.indriya.unit.Units.GRAM),
            Map.entry("mg", MetricPrefix.MILLI(tech.units.indriya.unit.Units.GRAM)),
            Map.entry("kg", tech.units.indriya.unit.Units.KILOGRAM),
            Map.entry("µg", MetricPrefix.MICRO(tech.units.indriya.unit.Units.GRAM)),
            Map.entry("mol", tech.units.indriya.unit.Units.MOLE),
            Map.entry("mmol", MetricPrefix.MILLI(tech.units.indriya.unit.Units.MOLE)),
            Map.entry("µmol", MetricPrefix.MICRO(tech.units.indriya.unit.Units.MOLE)),
            Map.entry("kmol", MetricPrefix.KILO(tech.units.indriya.unit.Units.MOLE)),
            Map.entry("mL", ML),
            Map.entry("L", tech.units.indriya.unit.Units.LITRE),
            Map.entry("µL", MetricPrefix.MICRO(tech.units.indriya.unit.Units.LITRE)),
            Map.entry("mol/L", MOL_PER_L),
            Map.entry("mmol/L", MetricPrefix.MILLI(tech.units.indriya.unit.Units.MOLE)
                    .divide(tech.units.indriya.unit.Units.LITRE)),
            Map.entry("g/mL", G_PER_ML),
            Map.entry("g/cm3", tech.units.indriya.unit.Units.GRAM.divide(
                    MetricPrefix.CENTI(tech.units.indriya.unit.Units.METRE).pow(3))),
            Map.entry("kg/L", tech.units.indriya.unit.Units.KILOGRAM.divide(tech.units.indriya.unit.Units.LITRE)),
            Map.entry("°C", tech.units.indriya.unit.Units.CELSIUS),
            Map.entry("K", tech.units.indriya.unit.Units.KELVIN),
            Map.entry("s", tech.units.indriya.unit.Units.SECOND),
            Map.entry("min", tech.units.indriya.unit.Units.MINUTE),
            Map.entry("h", tech.units.indriya.unit.Units.HOUR),
            Map.entry("d", tech.units.indriya.unit.Units.DAY),
            Map.entry("bar", BAR),
            Map.entry("mbar", MetricPrefix.MILLI(BAR)),
            // 1 atm = 101325 Pa; 1 Torr = 101325/760 Pa; 1 mmHg = 133.322387415 Pa; 1 psi = 6894.757293168 Pa;
            // 1 kgf/cm2 = 98066.5 Pa (exact definitions, BIPM SI brochure / NIST SP 811).
            Map.entry("atm", tech.units.indriya.unit.Units.PASCAL.multiply(101_325)),
            Map.entry("Torr", tech.units.indriya.unit.Units.PASCAL.multiply(101_325).divide(760)),
            Map.entry("mmHg", tech.units.indriya.unit.Units.PASCAL.multiply(new BigDecimal("133.322387415"))),
            Map.entry("psi", tech.units.indriya.unit.Units.PASCAL.multiply(new BigDecimal("6894.757293168"))),
            Map.entry("kg/cm2", tech.units.indriya.unit.Units.PASCAL.multiply(new BigDecimal("98066.5"))),
            Map.entry("Pa", tech.units.indriya.unit.Units.PASCAL),
            Map.entry("kPa", MetricPrefix.KILO(tech.units.indriya.unit.Units.PASCAL)),
            Map.entry("MPa", MetricPrefix.MEGA(tech.units.indriya.unit.Units.PASCAL)),
            Map.entry("Hz", tech.units.indriya.unit.Units.HERTZ),
            Map.entry("kHz", MetricPrefix.KILO(tech.units.indriya.unit.Units.HERTZ)),
            Map.entry("MHz", MHZ));

    private static final Map<Dimension, Unit<?>> BASE = Map.of(
            Dimension.MASS, tech.units.indriya.unit.Units.GRAM,
            Dimension.AMOUNT, tech.units.indriya.unit.Units.MOLE,
            Dimension.VOLUME, ML,
            Dimension.MOLARITY, MOL_PER_L,
            Dimension.DENSITY, G_PER_ML,
            Dimension.TEMPERATURE, tech.units.indriya.unit.Units.CELSIUS,
            Dimension.TIME, tech.units.indriya.unit.Units.SECOND,
            Dimension.PRESSURE, BAR,
            Dimension.FREQUENCY, MHZ);

    private Units() {
    }

    /** The base unit symbol of a dimension: g, mol, mL, mol/L, g/mL, °C, s, bar, MHz, %, eq, pH. */
    public static String baseUnit(Dimension dimension) {
        return switch (dimension) {
            case MASS -> "g";
            case AMOUNT -> "mol";
            case VOLUME -> "mL";
            case EQUIVALENTS -> "eq";
            case MOLARITY -> "mol/L";
            case PERCENT -> "%";
            case DENSITY -> "g/mL";
            case TEMPERATURE -> "°C";
            case TIME -> "s";
            case PRESSURE -> "bar";
            case PH -> "pH";
            case FREQUENCY -> "MHz";
            case CUSTOM -> "";
        };
    }

    /**
     * Whether {@link #toBase} converts {@code q}: its dimension has a base unit and its unit is one this class
     * knows (always true for quantities made by {@link QuantityParser}).
     */
    public static boolean convertible(Quantity q) {
        return switch (q.dimension()) {
            case PERCENT, EQUIVALENTS, PH -> true;
            case CUSTOM -> false;
            case TEMPERATURE -> q.unit().equals("°F") || JSR385.containsKey(q.unit());
            default -> JSR385.containsKey(q.unit());
        };
    }

    /**
     * The value of {@code q} in the base unit of its dimension.
     *
     * @throws IllegalArgumentException for a CUSTOM quantity or a unit this class does not know (a programmer
     *                                  error: the parser only produces known units)
     */
    public static double toBase(Quantity q) {
        Dimension d = q.dimension();
        switch (d) {
            case PERCENT, EQUIVALENTS, PH:
                return q.doubleValue();
            case CUSTOM:
                throw new IllegalArgumentException("no base unit for " + q);
            default:
                break;
        }
        if (d == Dimension.TEMPERATURE && q.unit().equals("°F")) {
            // Indriya's core system has no Fahrenheit: t/°C = (t/°F − 32) × 5/9 (exact definition).
            return (q.doubleValue() - 32.0) * 5.0 / 9.0;
        }
        Unit<?> from = JSR385.get(q.unit());
        if (from == null) {
            throw new IllegalArgumentException("unknown unit '" + q.unit() + "' in " + q);
        }
        return converter(from, BASE.get(d)).convert(q.value()).doubleValue();
    }

    /** Converters between the fixed units above, built once per pair (indriya derives them anew on every call). */
    private static final Map<List<Unit<?>>, UnitConverter> CONVERTERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static UnitConverter converter(Unit<?> from, Unit<?> to) {
        List<Unit<?>> key = List.of(from, to);
        UnitConverter hit = CONVERTERS.get(key);
        if (hit != null) {
            return hit;
        }
        try {
            UnitConverter c = from.getConverterToAny(to);
            CONVERTERS.put(key, c);
            return c;
        } catch (javax.measure.IncommensurableException e) {
            throw new IllegalArgumentException("cannot convert " + from + " to " + to, e);
        }
    }
}
