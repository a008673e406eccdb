package vn.langso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langso.it.Browser;

/**
 * The field app's weight over the wire, as Chromium itself counts it: the bytes its sockets received (Chromium's net
 * log, which sees the page and its service worker alike), for a first load on an empty profile (sign-in as a demo
 * member, the households of the team's area downloaded) and for a repeat load of the same profile (the shell from the
 * service worker's cache). Run against a LangSo started with {@code ./mvnw -Prun package}.
 */
public final class FieldAppWeight {

    private FieldAppWeight() {}

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("langso.url", "http://localhost:8080/");
        String user = System.getProperty("user", "tovien");
        Path work = Files.createDirectories(Path.of("target", "field-weight"));
        Path profile = Files.createTempDirectory(work, "profile");
        Path first = work.resolve("first.json");
        Path repeat = work.resolve("repeat.json");

        ChromeDriver browser = start(profile, first);
        try {
            browser.get(url + "field/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("body[data-ready='true'][data-screen='signin']")));
            browser.findElement(By.id("signin-username")).sendKeys(user);
            browser.findElement(By.id("signin-password")).sendKeys(BenchLearners.PASSWORD);
            browser.findElement(By.id("signin-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("body[data-ready='true'][data-screen='app']")));
            Object households = browser.executeScript("return document.querySelector('#household-progress')"
                    + " ? document.querySelector('#household-progress').textContent : ''");
            System.out.println("Households downloaded: " + households);
            Thread.sleep(3_000); // the service worker finishes its precache
        } finally {
            browser.quit();
        }
        browser = start(profile, repeat);
        try {
            browser.get(url + "field/");
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("body[data-ready='true'][data-screen='app']")));
            Thread.sleep(2_000);
        } finally {
            browser.quit();
        }
        System.out.printf(
                Locale.ROOT,
                "First load (sign-in and households included): %,d bytes received%nRepeat load: %,d bytes"
                        + " received%n",
                received(first),
                received(repeat));
    }

    private static ChromeDriver start(Path profile, Path netLog) {
        ChromeDriver driver = Browser.start(
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--log-net-log=" + netLog.toAbsolutePath(),
                "--window-size=390,844");
        driver.manage().window().setSize(new Dimension(390, 844));
        return driver;
    }

    /**
     * The sum of SOCKET_BYTES_RECEIVED in a net log: the bytes that came over the wire, headers included. Chromium
     * writes one event a line, so the lines are read with patterns rather than a JSON parser.
     */
    static long received(Path netLog) throws IOException {
        String text = Files.readString(netLog);
        Matcher constant = Pattern.compile("\"SOCKET_BYTES_RECEIVED\":(\\d+)").matcher(text);
        if (!constant.find()) {
            throw new IllegalStateException("No SOCKET_BYTES_RECEIVED in " + netLog);
        }
        // The event's own type ends its line; a source's type sits inside it.
        Pattern event = Pattern.compile("\"type\":" + constant.group(1) + "\\}\\s*,?\\s*$");
        Pattern count = Pattern.compile("\"byte_count\":(\\d+)");
        long total = 0;
        for (String line : text.split("\n")) {
            if (event.matcher(line).find()) {
                Matcher bytes = count.matcher(line);
                if (bytes.find()) {
                    total += Long.parseLong(bytes.group(1));
                }
            }
        }
        return total;
    }
}
