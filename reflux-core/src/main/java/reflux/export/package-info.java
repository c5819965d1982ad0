/**
 * Exports of a route and its in-silico run in the field's exchange formats: Open Reaction Database JSON
 * ({@link reflux.export.OrdDataset}), MDL RXN and SDF ({@link reflux.export.MdlExport}).
 */
package reflux.export;
