package reflux.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One ChEMU 2020 snippet in the token-level CoNLL form of the development corpus ({@code label TAB start TAB end TAB
 * token} per line, BIO labels): its text rebuilt from the offsets (gaps become spaces, as {@code chemu_score.py texts}
 * does) and its gold spans. Used to train and cross-validate {@link RoleModel}; the corpus itself stays outside the
 * repository.
 *
 * @param doc   the file name without {@code .conll}
 * @param text  the snippet text
 * @param spans the gold spans, in text order
 */
public record ChemuConll(String doc, String text, List<ChemuSpans.Labelled> spans) {
    public ChemuConll {
        spans = List.copyOf(spans);
    }

    /** Reads one file; a malformed line is reported as {@code FILE:LINE: ...}. */
    public static ChemuConll read(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        List<String[]> toks = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            String[] p = l.split("\t", 4);
            if (p.length < 4) {
                throw new IOException(f + ":" + (i + 1) + ": expected LABEL TAB START TAB END TAB TOKEN");
            }
            try {
                n = Math.max(n, Integer.parseInt(p[2]));
                Integer.parseInt(p[1]);
            } catch (NumberFormatException e) {
                throw new IOException(f + ":" + (i + 1) + ": offsets are not numbers");
            }
            toks.add(p);
        }
        char[] buf = new char[n];
        java.util.Arrays.fill(buf, ' ');
        for (String[] p : toks) {
            int s = Integer.parseInt(p[1]);
            int e = Integer.parseInt(p[2]);
            for (int k = s; k < e && k - s < p[3].length(); k++) {
                buf[k] = p[3].charAt(k - s);
            }
        }
        String text = new String(buf);
        List<ChemuSpans.Labelled> spans = new ArrayList<>();
        String label = null;
        int s0 = 0;
        int e0 = 0;
        for (String[] p : toks) {
            String lab = p[0];
            int s = Integer.parseInt(p[1]);
            int e = Integer.parseInt(p[2]);
            if (lab.startsWith("I-") && label != null && label.equals(lab.substring(2))) {
                e0 = e;
                continue;
            }
            if (label != null) {
                spans.add(new ChemuSpans.Labelled(label, Span.of(text, s0, e0)));
                label = null;
            }
            if (lab.startsWith("B-")) {
                label = lab.substring(2);
                s0 = s;
                e0 = e;
            }
        }
        if (label != null) {
            spans.add(new ChemuSpans.Labelled(label, Span.of(text, s0, e0)));
        }
        String name = f.getFileName().toString();
        return new ChemuConll(name.endsWith(".conll") ? name.substring(0, name.length() - 6) : name, text, spans);
    }

    /** Every {@code .conll} file of {@code dir}, by name. */
    public static List<ChemuConll> readAll(Path dir) throws IOException {
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".conll")).sorted().toList();
        }
        List<ChemuConll> out = new ArrayList<>();
        for (Path p : files) {
            out.add(read(p));
        }
        return out;
    }
}
