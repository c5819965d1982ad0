package reflux.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import reflux.extract.ChemuConll;
import reflux.extract.ChemuSpans;
import reflux.extract.RoleCrossValidation;
import reflux.extract.RoleModel;
import reflux.extract.RoleTrainer;

/**
 * {@code reflux bench roles}: k-fold cross-validation of the mention/role model on the ChEMU 2020 training snippets
 * (each fold labelled by a model trained on the other folds), printed per label beside the rules alone; with
 * {@code --write} it then trains on all snippets and writes the model that ships as
 * {@code reflux-core/src/main/resources/reflux/extract/roles.model.gz}.
 */
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = "Cross-validate (and with --write train) the ChEMU mention/role model; exact-span P/R/F1 per "
                + "label, model (held-out folds) beside the rules.")
final class BenchRolesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--conll", paramLabel = "DIR", description = "ChEMU CoNLL folder (default ${DEFAULT-VALUE}).",
            defaultValue = "../shared/data/chemu2020-train/conll")
    Path conll;

    @Option(names = "--folds", description = "Cross-validation folds (default ${DEFAULT-VALUE}; 0 = none).",
            defaultValue = "5")
    int folds;

    @Option(names = "--epochs", description = "Training passes (default ${DEFAULT-VALUE}).", defaultValue = "10")
    int epochs;

    @Option(names = "--predictions", paramLabel = "MENTIONS.jsonl",
            description = "Write the held-out predictions (chemu_score.py score CONLL_DIR MENTIONS.jsonl scores them).")
    Path predictions;

    @Option(names = "--write", paramLabel = "MODEL.gz", description = "Train on all snippets and write the model.")
    Path write;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (epochs < 1 || folds == 1 || folds < 0) {
            err.println("reflux bench roles: --epochs must be at least 1 and --folds 0 or at least 2");
            return ExitCode.USAGE;
        }
        if (!Files.isDirectory(conll)) {
            err.println("reflux bench roles: " + conll + ": no such folder (the ChEMU 2020 CoNLL files)");
            return ExitCode.INPUT;
        }
        List<ChemuConll> docs;
        try {
            docs = ChemuConll.readAll(conll);
        } catch (IOException e) {
            err.println("reflux bench roles: " + e.getMessage());
            return ExitCode.INPUT;
        }
        if (docs.size() < Math.max(2, folds)) {
            err.println("reflux bench roles: " + conll + ": " + docs.size() + " snippets, too few");
            return ExitCode.INPUT;
        }
        try {
            if (folds > 0) {
                long t = System.nanoTime();
                RoleCrossValidation cv = RoleCrossValidation.run(docs, folds, epochs);
                out.printf(Locale.ROOT, "reflux bench roles: %d snippets, %d-fold cross-validation, %d epochs "
                        + "(%.1f s)%n", docs.size(), folds, epochs, (System.nanoTime() - t) / 1e9);
                print(out, cv.rules(), cv.model());
                if (predictions != null) {
                    List<String> lines = new ArrayList<>();
                    for (int i = 0; i < docs.size(); i++) {
                        lines.add(ExtractCommand.mentionLine(docs.get(i).doc(), cv.held().get(i)));
                    }
                    ExtractCommand.write(predictions, lines);
                    out.println("  held-out predictions → " + predictions);
                }
            }
            if (write != null) {
                RoleModel m = new RoleTrainer(epochs).train(docs);
                Path abs = write.toAbsolutePath();
                if (abs.getParent() != null) {
                    Files.createDirectories(abs.getParent());
                }
                Path tmp = Files.createTempFile(abs.getParent(), ".reflux-roles", ".tmp");
                try {
                    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)),
                            StandardCharsets.UTF_8)) {
                        RoleTrainer.write(m, w);
                    }
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                out.printf(Locale.ROOT, "  model (%d features, trained on all %d snippets) → %s%n", m.size(),
                        docs.size(), write);
            }
        } catch (IOException e) {
            err.println("reflux bench roles: cannot write: " + NamesFile.reason(e));
            return ExitCode.INPUT;
        }
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, Map<String, RoleCrossValidation.Score> rules,
            Map<String, RoleCrossValidation.Score> model) {
        out.printf(Locale.ROOT, "  %-18s %6s %24s %24s%n", "label", "gold", "rules P / R / F1", "model (CV) P / R / F1");
        TreeSet<String> labels = new TreeSet<>(rules.keySet());
        labels.addAll(model.keySet());
        for (String l : labels) {
            RoleCrossValidation.Score r = rules.getOrDefault(l, new RoleCrossValidation.Score(0, 0, 0));
            RoleCrossValidation.Score m = model.getOrDefault(l, new RoleCrossValidation.Score(0, 0, 0));
            out.printf(Locale.ROOT, "  %-18s %6d    %.3f / %.3f / %.3f    %.3f / %.3f / %.3f%n", l,
                    Math.max(r.truePositives() + r.falseNegatives(), m.truePositives() + m.falseNegatives()),
                    r.precision(), r.recall(), r.f1(), m.precision(), m.recall(), m.f1());
        }
    }
}
