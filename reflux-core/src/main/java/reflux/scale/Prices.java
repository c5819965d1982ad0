package reflux.scale;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import reflux.route.units.Parsed;

/**
 * Prices of raw materials, read from a tab-separated file (docs/prices-format.md): a header line
 * {@code substance	price	currency	per	source}, then one row per material; {@code substance} is a route substance id
 * or name (case-insensitive), {@code price} a positive number, {@code currency} an ISO 4217 code (one currency per
 * file), {@code per} {@code kg} or {@code L}; {@code #} starts a comment line.
 *
 * @param file     where they were read
 * @param currency the file's one currency
 * @param rows     the rows in file order
 */
public record Prices(Path file, String currency, List<Price> rows) {

    /** One price. {@code perLitre}: the price is per L of the material as charged, else per kg. */
    public record Price(String substance, double price, boolean perLitre, String source, int line) {
    }

    public Prices {
        rows = List.copyOf(rows);
    }

    /** The price of a substance (by id first, then by name), if listed. */
    public Optional<Price> of(String id, String name) {
        Map<String, Price> byKey = new LinkedHashMap<>();
        for (Price p : rows) {
            byKey.putIfAbsent(p.substance().toLowerCase(Locale.ROOT).trim(), p);
        }
        for (String k : new String[] {id, name}) {
            if (k != null && byKey.containsKey(k.toLowerCase(Locale.ROOT).trim())) {
                return Optional.of(byKey.get(k.toLowerCase(Locale.ROOT).trim()));
            }
        }
        return Optional.empty();
    }

    /** Reads a prices file; a result with a located message for a bad file (never throws). */
    public static Parsed<Prices> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return Parsed.fail(file + ": not UTF-8 text", null);
        } catch (IOException e) {
            return Parsed.fail(file + ": cannot read the prices file", null);
        }
        List<Price> rows = new ArrayList<>();
        String currency = null;
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = file + ":" + (i + 1) + ": ";
            if (!header) {
                if (cells.length < 4 || !"substance".equals(cells[0].trim()) || !"price".equals(cells[1].trim())
                        || !"currency".equals(cells[2].trim()) || !"per".equals(cells[3].trim())) {
                    return Parsed.fail(where + "the header must be 'substance<TAB>price<TAB>currency<TAB>per"
                            + "<TAB>source'", "see docs/prices-format.md");
                }
                header = true;
                continue;
            }
            if (cells.length < 4) {
                return Parsed.fail(where + "a row needs substance, price, currency and per (tab-separated)", null);
            }
            double price;
            try {
                price = Double.parseDouble(cells[1].trim());
            } catch (NumberFormatException e) {
                return Parsed.fail(where + "price '" + cells[1].trim() + "' is not a number", null);
            }
            if (!(price >= 0) || !Double.isFinite(price)) {
                return Parsed.fail(where + "price '" + cells[1].trim() + "' must be zero or more", null);
            }
            String cur = cells[2].trim().toUpperCase(Locale.ROOT);
            if (!cur.matches("[A-Z]{3}")) {
                return Parsed.fail(where + "currency '" + cells[2].trim() + "' is not a three-letter ISO 4217 code",
                        "e.g. EUR, USD, INR");
            }
            if (currency != null && !currency.equals(cur)) {
                return Parsed.fail(where + "currency " + cur + " differs from " + currency + " above; one currency"
                        + " per file", null);
            }
            currency = cur;
            String per = cells[3].trim();
            if (!per.equals("kg") && !per.equals("L")) {
                return Parsed.fail(where + "per '" + per + "' must be kg or L", null);
            }
            rows.add(new Price(cells[0].trim(), price, per.equals("L"), cells.length > 4 ? cells[4].trim() : "",
                    i + 1));
        }
        if (!header) {
            return Parsed.fail(file + ": no header line", "see docs/prices-format.md");
        }
        return Parsed.ok(new Prices(file, currency == null ? "" : currency, rows));
    }
}
