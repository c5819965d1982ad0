package reflux.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses --fail-on values case-insensitively with a clear message. */
final class FailOnConverter implements ITypeConverter<AuditOutput.FailOn> {
    @Override
    public AuditOutput.FailOn convert(String value) {
        try {
            return AuditOutput.FailOn.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not one of error, warning, info, never");
        }
    }
}
