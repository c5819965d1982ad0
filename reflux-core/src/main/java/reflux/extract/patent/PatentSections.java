package reflux.extract.patent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reflux.extract.Span;

/**
 * The experimental part of a patent's full text as headed sections: examples ("Example 1", "EXAMPLE-2", "Example
 * 3:"; without any, "Preparation of ..." / "Preparation 1" headings), their stages ("STAGE-I:", "Stage 2") and
 * steps ("STEP-A: ...", "Step 1"), title lines ("PREPARATION OF X (SOLUTION A)"), procedure paragraphs and
 * analytical lines (NMR, IR, MS, HPLC with their continuation lines). The examples end at the claims ("What is
 * claimed", "We claim", "1. A process ...") or the abstract. Every part keeps its offsets. Stateless, thread-safe.
 */
final class PatentSections {

    /** A step: its heading (or null for an implicit step), title line, procedure paragraphs and analytical blocks. */
    record Step(String label, Span heading, Span title, List<Span> paragraphs, List<Span> analytics) {
    }

    /** A stage with its steps. */
    record Stage(String label, Span heading, Span title, List<Step> steps) {
    }

    /** An example with its stages (an example without stage headings has one implicit stage). */
    record Example(String label, Span heading, Span title, List<Stage> stages) {
    }

    private static final Pattern EXAMPLE = Pattern.compile(
            "^(?:Example|EXAMPLE|Working\\s+Example)\\s*(?:No\\.?\\s*)?[-–—:.]?\\s*(\\d+[A-Za-z]?|[IVX]+)\\s*[-–—:.)]?\\s*(.*)$");
    private static final Pattern PREPARATION = Pattern.compile(
            "^(?:(?:Preparation|PREPARATION|Synthesis|SYNTHESIS)\\s+(?:of|OF)\\s+.+|(?:Preparation|PREPARATION)\\s+\\d+[A-Za-z]?\\b.*)$");
    private static final Pattern STAGE = Pattern.compile(
            "^(?:STAGE|Stage)\\s*[-–—:]?\\s*([IVX]+|\\d+|[A-Z])\\s*[-–—:.)]?\\s*(.*)$");
    private static final Pattern STEP = Pattern.compile(
            "^(?:STEP|Step)\\s*[-–—:]?\\s*([A-Z]|\\d+[a-z]?|[ivx]+|[IVX]+)\\s*[-–—:.)]?\\s*(.*)$");
    private static final Pattern END = Pattern.compile(
            "^(?:What\\s+is\\s+claimed|We\\s+claim|I\\s+claim|Claims?\\s*:?$|CLAIMS?\\s*:?$|The\\s+claims|Abstract|ABSTRACT"
            + "|1\\s*\\.\\s+(?:A|An|The)\\s+(?:process|method|compound|composition|use)\\b)");
    private static final Pattern ANALYTICS = Pattern.compile(
            "^(?:[¹1]H[-\\s]?NMR|[¹1]{1}[³3]C[-\\s]?NMR|13C[-\\s]?NMR|NMR|IR\\b|FT-?IR|MASS\\b|MS\\b|ESI|LC-?MS|HRMS|HPLC\\b"
            + "|m\\.?p\\.?\\b|Melting\\s+point|Mass\\s+spectrum)", Pattern.CASE_INSENSITIVE);
    /** A continuation of an NMR line: "3.59 (m, 3H), ...". */
    private static final Pattern NMR_CONTINUATION = Pattern.compile("^\\d+\\.\\d+\\s*(?:[-–&]\\s*\\d+\\.\\d+\\s*)?\\(");
    /** The longest line that may be a title. */
    private static final int MAX_TITLE = 300;

    private PatentSections() {
    }

    /** The examples of {@code text}, in order; empty when it has none. */
    static List<Example> examples(String text) {
        List<Span> lines = lines(text);
        boolean headed = lines.stream().anyMatch(l -> isExampleHeading(l.text()));
        List<Example> out = new ArrayList<>();
        Builder b = null;
        boolean inAnalytics = false;
        for (Span line : lines) {
            String s = line.text();
            if (s.isBlank()) {
                continue;
            }
            if (END.matcher(s).find() && (b != null || !out.isEmpty())) {
                break;
            }
            Matcher m;
            if (headed ? isExampleHeading(s) : b == null ? isPreparationHeading(s) : false) {
                if (b != null) {
                    out.add(b.build());
                }
                m = EXAMPLE.matcher(s);
                String label = m.matches() ? m.group(1) : String.valueOf(out.size() + 1);
                b = new Builder(text, label, line);
                if (!headed) {
                    b.title = line;
                } else if (m.matches() && !m.group(2).isBlank()) {
                    b.title = rest(line, m);
                }
                inAnalytics = false;
                continue;
            }
            if (b == null) {
                continue;
            }
            if ((m = STAGE.matcher(s)).matches() && s.length() < MAX_TITLE) {
                b.stage(m.group(1), line, rest(line, m));
                inAnalytics = false;
            } else if ((m = STEP.matcher(s)).matches() && s.length() < MAX_TITLE) {
                b.step(m.group(1), line, rest(line, m));
                inAnalytics = false;
            } else if (ANALYTICS.matcher(s).find()) {
                b.analytics(line, false);
                inAnalytics = true;
            } else if (inAnalytics && (NMR_CONTINUATION.matcher(s).find() || Character.isLowerCase(s.charAt(0)))) {
                b.analytics(line, true);
            } else if (isTitle(s)) {
                b.title(line);
                inAnalytics = false;
            } else {
                b.paragraph(line);
                inAnalytics = false;
            }
        }
        if (b != null) {
            out.add(b.build());
        }
        return out;
    }

    static boolean isExampleHeading(String s) {
        Matcher m = EXAMPLE.matcher(s);
        if (!m.matches() || s.length() > MAX_TITLE) {
            return false;
        }
        String rest = m.group(2).strip();
        // "Example 1 illustrates ..." is prose; a heading's remainder is a title or nothing
        return rest.isEmpty() || isTitle(rest) || !rest.endsWith(".");
    }

    private static boolean isPreparationHeading(String s) {
        return PREPARATION.matcher(s).matches() && isTitle(s);
    }

    /** A title line: short, no full stop at the end, upper case or a "Preparation of" phrase. */
    static boolean isTitle(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE || t.endsWith(".") && !t.endsWith("etc.")) {
            return false;
        }
        long letters = t.chars().filter(Character::isLetter).count();
        long upper = t.chars().filter(Character::isUpperCase).count();
        return letters > 0 && (upper * 10 >= letters * 8
                || t.toLowerCase(Locale.ROOT).matches("^(?:preparation|synthesis)\\s+of\\b.*"));
    }

    private static Span rest(Span line, Matcher m) {
        String r = m.group(2);
        if (r == null || r.isBlank()) {
            return null;
        }
        return new Span(line.start() + m.start(2), line.start() + m.end(2), r);
    }

    /** Lines with offsets, trimmed of surrounding white space. */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int j = text.indexOf('\n', i);
            if (j < 0) {
                j = n;
            }
            int a = i;
            int e = j;
            while (a < e && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (e > a && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            out.add(Span.of(text, a, e));
            i = j + 1;
        }
        return out;
    }

    private static final class Builder {
        final String text;
        final String label;
        final Span heading;
        Span title;
        final List<Stage> stages = new ArrayList<>();
        String stageLabel;
        Span stageHeading;
        Span stageTitle;
        final List<Step> steps = new ArrayList<>();
        String stepLabel;
        Span stepHeading;
        Span stepTitle;
        List<Span> paragraphs = new ArrayList<>();
        List<Span> analytics = new ArrayList<>();

        Builder(String text, String label, Span heading) {
            this.text = text;
            this.label = label;
            this.heading = heading;
        }

        void stage(String l, Span h, Span t) {
            closeStage();
            stageLabel = l;
            stageHeading = h;
            stageTitle = t;
        }

        void step(String l, Span h, Span t) {
            closeStep();
            stepLabel = l;
            stepHeading = h;
            stepTitle = t;
        }

        void title(Span line) {
            if (!paragraphs.isEmpty() || !analytics.isEmpty()) {
                // a title after a procedure opens the next implicit step
                closeStep();
            }
            if (stageHeading != null && stageTitle == null && steps.isEmpty() && stepHeading == null) {
                stageTitle = line;
            }
            stepTitle = stepTitle == null ? line : Span.of(text, stepTitle.start(), line.end());
            if (title == null && stageHeading == null && stages.isEmpty()) {
                title = line;
            }
        }

        void paragraph(Span line) {
            if (!analytics.isEmpty()) {
                closeStep();
            }
            paragraphs.add(line);
        }

        void analytics(Span line, boolean continuation) {
            if (continuation && !analytics.isEmpty()) {
                Span last = analytics.remove(analytics.size() - 1);
                analytics.add(Span.of(text, last.start(), line.end()));
            } else {
                analytics.add(line);
            }
        }

        void closeStep() {
            if (stepHeading != null || stepTitle != null || !paragraphs.isEmpty() || !analytics.isEmpty()) {
                steps.add(new Step(stepLabel, stepHeading, stepTitle, List.copyOf(paragraphs), List.copyOf(analytics)));
            }
            stepLabel = null;
            stepHeading = null;
            stepTitle = null;
            paragraphs = new ArrayList<>();
            analytics = new ArrayList<>();
        }

        void closeStage() {
            closeStep();
            if (stageHeading != null || !steps.isEmpty()) {
                stages.add(new Stage(stageLabel, stageHeading, stageTitle, List.copyOf(steps)));
            }
            steps.clear();
            stageLabel = null;
            stageHeading = null;
            stageTitle = null;
        }

        Example build() {
            closeStage();
            return new Example(label, heading, title, List.copyOf(stages));
        }
    }
}
