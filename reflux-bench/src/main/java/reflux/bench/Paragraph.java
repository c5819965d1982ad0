package reflux.bench;

/**
 * One experimental paragraph to time, as {@code ordscore.py texts} writes it.
 *
 * @param id   the input's id
 * @param text the paragraph
 */
public record Paragraph(String id, String text) {
}
