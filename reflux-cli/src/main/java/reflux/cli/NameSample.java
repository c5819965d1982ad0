package reflux.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openscience.cdk.exception.InvalidSmilesException;
import reflux.chem.Structures;
import reflux.corpus.CorpusReader;
import reflux.data.TsvTable;

/**
 * The names sample of {@code reflux bench names}: every component (inputs and products) of an ORD reactions file
 * that carries both a NAME and a SMILES identifier; per distinct name the SMILES stored most often with it (ties:
 * the first seen); names whose stored SMILES CDK cannot turn into a standard InChIKey are dropped (counted). The
 * names are sorted, shuffled with {@code new Random(seed)} and the first {@code size} kept, so a seed fixes the
 * sample independent of file order.
 */
final class NameSample {

    /** One sampled name with its stored structure and, when judged wrong, why (null = not judged). */
    record Item(String name, String storedSmiles, String storedKey, String erratum) {
    }

    /** The sample, how many distinct names it was drawn from, and how many had no usable stored structure. */
    record Sample(List<Item> items, int distinct, int unusable) {
        Sample {
            items = List.copyOf(items);
        }
    }

    private NameSample() {
    }

    static Sample draw(Path reactions, long seed, int size) throws IOException {
        Map<String, Map<String, Integer>> byName = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = CorpusReader.open(reactions)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode reaction = json.readTree(line);
                List<JsonNode> components = new ArrayList<>();
                reaction.path("inputs").forEach(input -> input.path("components").forEach(components::add));
                reaction.path("outcomes").forEach(o -> o.path("products").forEach(components::add));
                for (JsonNode c : components) {
                    String name = null;
                    String smiles = null;
                    for (JsonNode id : c.path("identifiers")) {
                        String type = id.path("type").asText();
                        if ("NAME".equals(type) && name == null) {
                            name = id.path("value").asText();
                        } else if ("SMILES".equals(type) && smiles == null) {
                            smiles = id.path("value").asText();
                        }
                    }
                    if (name != null && smiles != null && !name.isBlank()) {
                        byName.computeIfAbsent(name, k -> new LinkedHashMap<>()).merge(smiles, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(byName.keySet());
        Collections.sort(names);
        Collections.shuffle(names, new Random(seed));
        Map<String, String> errata = errata();
        List<Item> items = new ArrayList<>();
        int unusable = 0;
        for (String name : names) {
            if (items.size() == size) {
                break;
            }
            String smiles = mostFrequent(byName.get(name));
            String key = key(smiles);
            if (key == null) {
                unusable++;
                continue;
            }
            items.add(new Item(name, smiles, key, errata.get(name)));
        }
        return new Sample(items, byName.size(), unusable);
    }

    /** Standard InChIKey of a SMILES through CDK, or null. */
    static String key(String smiles) {
        try {
            return Structures.inchiKey(Structures.parseSmiles(smiles));
        } catch (InvalidSmilesException | RuntimeException e) {
            return null;
        }
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /** Names whose stored structure was judged wrong: name → reason ({@code stored-structure-errata.tsv}). */
    static Map<String, String> errata() {
        Map<String, String> m = new HashMap<>();
        for (TsvTable.Row row : TsvTable.load("/reflux/bench/stored-structure-errata.tsv", "name", "reason")) {
            m.put(row.get("name"), row.get("reason"));
        }
        return m;
    }
}
