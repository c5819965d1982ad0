/**
 * Reading experimental text: sentences, quantities, chemical mentions with their roles and amounts, conditions and
 * products, every value with its character offsets into the text it came from ({@link reflux.extract.ParagraphExtractor}),
 * written as Open Reaction Database JSON ({@link reflux.extract.OrdJson}) or ChEMU 2020 mention spans
 * ({@link reflux.extract.ChemuSpans}). Knowledge (unit words, word classes) is data in {@code reflux/extract/*.tsv}.
 */
package reflux.extract;
