package vn.langso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langso.it.Browser;

/**
 * What the web pages weigh over the wire for a demo member on a phone-sized window: for each of the sign-in, home,
 * catalogue, lesson and quiz attempt pages, a first load with Chromium's cache emptied and a repeat load of the same
 * page with the cache as the first left it. The bytes are the browser's own count (Resource Timing's transferSize of
 * the page and of everything it loaded: compressed bodies and headers; nothing for what came from the cache). Run
 * against a LangSo started with {@code ./mvnw -Prun package}.
 */
public final class PageWeight {

    /** JSON-B writes the keys in alphabetical order: a card's "id", a lesson's "kind" just before its "lessonKey". */
    private static final Pattern COURSE_ID = Pattern.compile("\"id\":(\\d+)");

    private static final Pattern LESSON = Pattern.compile("\"kind\":\"(\\w+)\",\"lessonKey\":\"([^\"]+)\"");

    private PageWeight() {}

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("langso.url", "http://localhost:8080/");
        String user = System.getProperty("user", "tovien");
        ChromeDriver browser = Browser.start("--window-size=390,844");
        Map<String, long[]> weights = new LinkedHashMap<>();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            weights.put("sign-in", weigh(browser, url + "login.xhtml"));
            browser.findElement(By.id("login:username")).sendKeys(user);
            browser.findElement(By.id("login:password")).sendKeys(BenchLearners.PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));

            weights.put("home", weigh(browser, url + "index.xhtml"));
            weights.put("catalogue", weigh(browser, url + "learning/catalog.xhtml"));
            CourseLessons lessons = lessonsOfAnEnrolledCourse(url, user);
            weights.put("lesson", weigh(browser, lessons.page(url, lessons.textLesson())));
            browser.get(lessons.page(url, lessons.quizLesson()));
            By start = By.cssSelector("[id$='startAttempt'], [id$='continueAttempt']");
            wait.until(ExpectedConditions.elementToBeClickable(start)).click();
            // A new attempt is confirmed in a dialog first; an attempt still open is continued at once.
            By confirm = By.cssSelector("[id$='confirmYes']");
            wait.until(ExpectedConditions.or(
                    ExpectedConditions.urlContains("attempt.xhtml"), ExpectedConditions.elementToBeClickable(confirm)));
            if (!browser.getCurrentUrl().contains("attempt.xhtml")) {
                browser.findElement(confirm).click();
            }
            wait.until(ExpectedConditions.urlContains("attempt.xhtml"));
            weights.put("quiz attempt", weigh(browser, browser.getCurrentUrl()));
        } finally {
            browser.quit();
        }
        System.out.printf(Locale.ROOT, "%-14s %14s %14s%n", "page", "first load", "repeat load");
        weights.forEach(
                (page, bytes) -> System.out.printf(Locale.ROOT, "%-14s %,12d B %,12d B%n", page, bytes[0], bytes[1]));
    }

    /** The page's first load with an empty cache and its repeat load, in bytes received. */
    private static long[] weigh(ChromeDriver browser, String page) throws InterruptedException {
        browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        long first = load(browser, page);
        long repeat = load(browser, page);
        return new long[] {first, repeat};
    }

    private static long load(ChromeDriver browser, String page) throws InterruptedException {
        browser.get(page);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
        Thread.sleep(1_000); // what the page loads once it is shown (fonts, icons)
        Object bytes = browser.executeScript("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".reduce((sum, entry) => sum + (entry.transferSize || 0), 0)");
        return ((Number) bytes).longValue();
    }

    /** A course the member is enrolled in (enrolled now if need be) with a text or video lesson and a quiz. */
    private static CourseLessons lessonsOfAnEnrolledCourse(String url, String user) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String courses = call(http, url, user, "GET", "api/v1/courses?size=50", null);
        Matcher ids = COURSE_ID.matcher(courses);
        while (ids.find()) {
            String outline = call(http, url, user, "GET", "api/v1/courses/" + ids.group(1), null);
            String text = null;
            String quiz = null;
            Matcher lesson = LESSON.matcher(outline);
            while (lesson.find()) {
                if (quiz == null && "QUIZ".equals(lesson.group(1))) {
                    quiz = lesson.group(2);
                } else if (text == null && "TEXT".equals(lesson.group(1))) {
                    text = lesson.group(2);
                }
            }
            if (text != null && quiz != null) {
                call(http, url, user, "POST", "api/v1/me/enrolments", "{\"courseId\":" + ids.group(1) + "}");
                return new CourseLessons(Long.parseLong(ids.group(1)), text, quiz);
            }
        }
        throw new IllegalStateException("No published course with a lesson and a quiz: is the demo data loaded?");
    }

    private static String call(HttpClient http, String url, String user, String method, String path, String json)
            throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((user + ":" + BenchLearners.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(
                        request.method(
                                        method,
                                        json == null
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    private record CourseLessons(long courseId, String textLesson, String quizLesson) {

        String page(String url, String lessonKey) {
            return url + "learning/lesson.xhtml?course=" + courseId + "&lesson=" + lessonKey;
        }
    }
}
