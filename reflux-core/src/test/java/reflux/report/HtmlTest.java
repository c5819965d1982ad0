package reflux.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void scriptTagsBecomeText() {
        assertThat(Html.escape("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void quotesCannotCloseAnAttribute() {
        assertThat(Html.escape("a\"b'c")).isEqualTo("a&quot;b&#39;c");
    }

    @Test
    void templateBracesAreEntities() {
        assertThat(Html.escape("{{x}}")).isEqualTo("&#123;&#123;x}}");
    }

    @Test
    void ampersandIsEscapedOnceAndEntitiesAreNotTrusted() {
        assertThat(Html.escape("Et3N & H2O &amp;")).isEqualTo("Et3N &amp; H2O &amp;amp;");
    }

    @Test
    void controlCharactersAreShownAsCodePointsAndLineBreaksKept() {
        assertThat(Html.escape("a\u0000b\u001bc\nd\te")).isEqualTo("a[U+0000]b[U+001B]c\nd\te");
    }

    @Test
    void nullIsEmptyAndPlainTextUnchanged() {
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("cefepime (2 g, 4.2 mmol), 25 °C")).isEqualTo("cefepime (2 g, 4.2 mmol), 25 °C");
    }
}
