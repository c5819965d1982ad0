package reflux.identity;

import java.util.Locale;

/**
 * A name prepared once for the {@link LiteralGate} pre-checks of the regex layers: the text, its lower-case form and
 * whether it holds any non-ASCII character. Immutable.
 */
record NameText(String text, String lower, boolean nonAscii) {

    static NameText of(String text) {
        boolean nonAscii = false;
        for (int i = 0; i < text.length() && !nonAscii; i++) {
            nonAscii = text.charAt(i) >= 128;
        }
        return new NameText(text, text.toLowerCase(Locale.ROOT), nonAscii);
    }
}
