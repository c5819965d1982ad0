package reflux.report;

/** The report's style sheet, inlined into every page (system fonts only: nothing is fetched). */
final class ReportStyle {

    private ReportStyle() {
    }

    static final String CSS = """
            :root{--ink:#1d2433;--muted:#667085;--line:#d0d5dd;--bg:#f7f8fa;--ok:#067647;--warn:#b54708;--err:#b42318}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
            header{background:#12263f;color:#fff;padding:14px 28px}header h1{margin:0;font-size:22px}
            header a{color:#cfe3ff}nav.toc a{margin-right:12px}
            main{padding:8px 28px 40px;max-width:1500px}
            footer{color:var(--muted);font-size:12px;padding:12px 28px}
            section.route{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 22px 22px;margin:18px 0}
            h2{font-size:20px;margin:10px 0 4px}h3{font-size:17px;margin:22px 0 8px}h4{margin:14px 0 6px}
            .meta{color:var(--muted);margin:0 0 10px}
            code,.key,.path{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12.5px}
            .key{color:var(--muted)}
            .muted{color:var(--muted)}
            .status{font-weight:600}.st-ok{color:var(--ok)}.st-invalid,.st-unreadable{color:var(--err)}
            .problems{border-left:4px solid var(--err);background:#fef3f2;padding:4px 14px}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
            figure.card{margin:0;border:1px solid var(--line);border-radius:6px;padding:8px;background:#fff}
            .mol{height:230px;display:flex;align-items:center;justify-content:center}
            .mol svg{max-width:100%;max-height:100%;height:auto}
            .mol.none{color:var(--muted);font-size:13px;text-align:center;background:var(--bg);border-radius:4px;padding:8px}
            figcaption{font-size:13px;border-top:1px solid #eaecf0;padding-top:6px;overflow-wrap:anywhere}
            details.substances>summary{cursor:pointer}details.substances>summary h3{display:inline}
            .variant{border-top:2px solid var(--line);margin-top:18px}
            .vhead{font-size:18px}
            section.stage{border:1px solid var(--line);border-radius:6px;padding:4px 16px 12px;margin:14px 0}
            .scheme{overflow-x:auto;background:#fff;border:1px solid #eaecf0;border-radius:4px;padding:6px;margin:6px 0}
            .scheme svg{display:block;max-width:100%;height:auto;min-height:160px;margin:auto}
            .verdict{display:inline-block;font-size:12.5px;font-weight:700;padding:2px 8px;border-radius:10px;vertical-align:middle;background:#eaecf0}
            .v-match,.v-reads{background:#dcfae6;color:var(--ok)}
            .v-constitution_only,.v-stereo_undetermined,.v-undetermined{background:#fef0c7;color:var(--warn)}
            .v-mismatch,.v-no_rule,.v-does_not_read,.v-not-run{background:#fee4e2;color:var(--err)}
            dl.run{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0}
            dl.run dt{color:var(--muted)}dl.run dd{margin:0;overflow-wrap:anywhere}
            table{border-collapse:collapse;width:100%;margin:6px 0 10px;font-size:13.5px}
            th,td{border-bottom:1px solid #eaecf0;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f2f4f7;font-weight:600;white-space:nowrap}
            table:not(.num) td,table.num td.text{overflow-wrap:anywhere}
            table.num td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table.num td:first-child,table.num td.text{text-align:left;white-space:normal}
            td.amt{white-space:nowrap;font-variant-numeric:tabular-nums}
            q{color:#475467;font-style:italic}
            .sev{font-weight:700;font-size:12px}
            .sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--muted)}
            tr.sev-error{background:#fef3f2}
            .assumed{font-size:11px;background:#fef0c7;color:var(--warn);border-radius:6px;padding:0 5px}
            .chartbox{overflow-x:auto}.chart{max-width:100%;height:auto}
            .chart .lbl{font-size:13px;fill:#344054}.chart .val{font-size:12.5px;fill:#1d2433;font-weight:600}
            ul.evidence{font-size:13px;color:#475467}
            .error{color:var(--err);font-weight:600}
            td.quote{max-width:520px;font-size:13px}
            textarea{width:100%;min-height:60vh;font:13px/1.4 ui-monospace,"DejaVu Sans Mono",monospace}
            .msg{font-family:ui-monospace,monospace;font-size:13px;color:var(--err)}
            .ok-msg{color:var(--ok);font-weight:600}
            mark{padding:0 2px;border-radius:3px}
            """;
}
