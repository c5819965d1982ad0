/**
 * Scale-up: a batch sheet for a target output, computed from a route's own figures (the audit's amounts, yields,
 * densities and vessel contents, {@link reflux.audit.AuditFigures}).
 *
 * <pre>{@code
 * ScaleRequest req = ScaleRequest.parse("50 kg cefepime dihydrochloride monohydrate", List.of(), "2000 L", null);
 * ScaleResult r = new ScaleUp(Auditor.standard()).scale(load, req.value());
 * SheetText.render(r.sheet());
 * }</pre>
 *
 * <p>Decisions: docs/conventions/scale.md.
 */
package reflux.scale;
