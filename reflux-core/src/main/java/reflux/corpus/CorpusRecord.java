package reflux.corpus;

/**
 * One input record of a corpus run: a paragraph ({@code {"id","text"}} line) or an ORD reaction (its procedure text,
 * stored product and atom-mapped reaction SMILES).
 *
 * @param index          0-based position in the input (the merge order)
 * @param id             the record's id (ORD {@code reaction_id}); for an unreadable line {@code FILE:LINE}
 * @param text           the paragraph; empty when the line could not be read
 * @param productSmiles  SMILES of the stored product (ORD records), or null = not given
 * @param reactionSmiles the atom-mapped reaction SMILES (ORD records), or null = not given
 * @param problem        why the line could not be read ({@code FILE:LINE:COL: ...}), or null = read
 */
public record CorpusRecord(int index, String id, String text, String productSmiles, String reactionSmiles,
                           String problem) implements java.io.Serializable {
    public CorpusRecord {
        if (id == null || text == null || index < 0) {
            throw new IllegalArgumentException("record needs an index, an id and a text");
        }
    }
}
