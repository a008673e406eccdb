package vn.langso.courses.control;

import jakarta.enterprise.context.Dependent;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for the rich text of lessons: what the page's editor (Quill) produces and nothing more. Anything
 * not listed here (scripts, event handlers, styles, frames, SVG, {@code javascript:} or {@code data:} URLs) is
 * dropped, so a lesson body is safe to show as HTML to every learner.
 */
@Dependent
public class HtmlSanitizer {

    private static final String[] TEXT_BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote"};

    /** Quill's alignment and indentation classes; any other class could borrow the application's own styles. */
    private static final Pattern QUILL_CLASSES = Pattern.compile("(?:ql-align-(?:center|right|justify)|ql-indent-[1-8])"
            + "(?:\\s+(?:ql-align-(?:center|right|justify)|ql-indent-[1-8]))*");

    /** Links go to the web or to an e-mail address; the protocol check below applies as well. */
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|mailto:)[^\\s<>\"]+");

    /**
     * Images only from the course's own files (served from /files/KEY): the editor inserts no images itself, and an
     * image from elsewhere would tell another site who reads the lesson and when.
     */
    private static final Pattern IMAGE = Pattern.compile("/files/[0-9a-f]{32}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h1", "h2", "h3", "h4", "b", "strong", "i", "em", "u", "s")
            .allowElements("ul", "ol", "li", "blockquote", "pre", "code", "span")
            .allowElements("table", "thead", "tbody", "tr", "th", "td", "caption")
            .allowElements("a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("class")
            .matching(QUILL_CLASSES)
            .onElements(TEXT_BLOCKS)
            .allowAttributes("class")
            .matching(true, "ql-syntax")
            .onElements("pre")
            .allowAttributes("href")
            .matching(LINK)
            .onElements("a")
            .allowAttributes("target")
            .matching(true, "_blank")
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("src")
            .matching(IMAGE)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("colspan", "rowspan")
            .matching(Pattern.compile("[1-9][0-9]?"))
            .onElements("td", "th")
            .toFactory();

    /** The HTML with only what the allow-list permits; null or blank input gives null (no body). */
    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html).trim();
        return clean.isEmpty() ? null : clean;
    }
}
