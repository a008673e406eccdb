package vn.langso.courses.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script><p>ok</p>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT><p>ok</p>",
                "<img src=x onerror=alert(1)><p>ok</p>",
                "<img src=\"https://example.org/a.png\" onerror=\"alert(1)\">",
                "<p onclick=\"alert(1)\">ok</p>",
                "<a href=\"javascript:alert(1)\">ok</a>",
                "<a href=\"JAVASCRIPT:alert(1)\">ok</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">ok</a>",
                "<a href=\"jav\tascript:alert(1)\">ok</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">ok</a>",
                "<a href=\" javascript:alert(1)\">ok</a>",
                "<a href=\"vbscript:msgbox(1)\">ok</a>",
                "<svg onload=alert(1)><p>ok</p></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><script>alert(1)</script></mtext></math>",
                "<iframe src=\"https://evil.example/\"></iframe><p>ok</p>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<style>body{background:url(javascript:alert(1))}</style><p>ok</p>",
                "<p style=\"width: expression(alert(1))\">ok</p>",
                "<div style=\"background-image: url(javascript:alert(1))\">ok</div>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">ok</a>",
                "<form action=\"https://evil.example/\"><input name=q><button>go</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<p class=\"ls-header\" id=\"messages\">ok</p>",
                "<<script>script>alert(1)<</script>/script>",
                "<img src=\"/files/abc\" onerror=\"alert(1)\" style=\"x:expression(alert(1))\">",
                "<a href=\"//evil.example/\">protocol-relative</a>",
                "<img src=\"/etc/passwd\">",
                "<a href=\"https://example.org\" onmouseover=\"alert(1)\">ok</a>",
                "<template><script>alert(1)</script></template>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            })
    void hostileMarkupNeverSurvives(String hostile) {
        String clean = String.valueOf(sanitizer.sanitize(hostile)).toLowerCase(Locale.ROOT);

        assertThat(clean)
                .doesNotContain("<script")
                .doesNotContain("javascript:")
                .doesNotContain("vbscript:")
                .doesNotContain("data:")
                .doesNotContain("onerror")
                .doesNotContain("onload")
                .doesNotContain("onclick")
                .doesNotContain("onmouseover")
                .doesNotContain("<svg")
                .doesNotContain("<math")
                .doesNotContain("<iframe")
                .doesNotContain("<style")
                .doesNotContain("style=")
                .doesNotContain("expression(")
                .doesNotContain("<object")
                .doesNotContain("<embed")
                .doesNotContain("<form")
                .doesNotContain("<input")
                .doesNotContain("<meta")
                .doesNotContain("<base")
                .doesNotContain("id=")
                .doesNotContain("ls-header")
                .doesNotContain("//evil.example")
                .doesNotContain("/etc/passwd")
                .doesNotContain("<template")
                .doesNotContain("<noscript");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>Xin chào <strong>bà con</strong>, hôm nay học <em>VNeID</em>.</p>",
                "<h2>Bước 1</h2><ol><li>Mở ứng dụng</li><li>Chọn <u>Đăng nhập</u></li></ol>",
                "<ul><li class=\"ql-indent-1\">thụt lề</li></ul>",
                "<p class=\"ql-align-center\">giữa</p>",
                "<blockquote>Trích dẫn</blockquote>",
                "<pre class=\"ql-syntax\">code</pre>",
                "<p><s>gạch</s> <i>nghiêng</i> <b>đậm</b><br /></p>",
                "<img src=\"/files/0123456789abcdef0123456789abcdef\" alt=\"ảnh\" />",
                "<table><tbody><tr><th>Cột</th><td colspan=\"2\">Ô</td></tr></tbody></table>",
            })
    void whatTheEditorProducesSurvives(String benign) {
        assertThat(sanitizer.sanitize(benign)).isEqualTo(benign);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://dichvucong.gov.vn/logo.png",
                "http://example.org/a.png",
                "//example.org/a.png",
                "/files/abc",
                "/files/0123456789ABCDEF0123456789ABCDEF",
                "/files/0123456789abcdef0123456789abcdef/../../x",
                "/files/0123456789abcdef0123456789abcdef?x=1",
            })
    void imageSourcesOtherThanTheCoursesOwnFilesAreDropped(String source) {
        assertThat(String.valueOf(sanitizer.sanitize("<p>a</p><img src=\"" + source + "\" alt=\"x\" />")))
                .doesNotContain("src=")
                .doesNotContain("example.org")
                .doesNotContain("gov.vn");
    }

    @Test
    void linksKeepTheirAddressAndGainRelsThatIsolateTheLinkedPage() {
        String clean = sanitizer.sanitize("<a href=\"https://vneid.gov.vn/\" target=\"_blank\">VNeID</a>");

        assertThat(clean)
                .contains("href=\"https://vneid.gov.vn/\"")
                .contains("target=\"_blank\"")
                .contains("noopener")
                .contains("noreferrer")
                .contains("nofollow")
                .contains(">VNeID</a>");
    }

    @Test
    void mailtoLinksSurviveAndOtherTargetsDoNot() {
        assertThat(sanitizer.sanitize("<a href=\"mailto:to@langso.vn\" target=\"_top\">thư</a>"))
                .contains("href=\"mailto:to&#64;langso.vn\"")
                .doesNotContain("_top");
    }

    @Test
    void textOfRemovedElementsIsKeptButScriptTextIsNot() {
        assertThat(sanitizer.sanitize("<div>trong div</div><script>var a = 1;</script>"))
                .isEqualTo("trong div");
    }

    @Test
    void blankBodyIsNoBody() {
        assertThat(sanitizer.sanitize("  ")).isNull();
        assertThat(sanitizer.sanitize("<script>alert(1)</script>")).isNull();
        assertThat(sanitizer.sanitize(null)).isNull();
    }
}
