package vn.langso.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium through its own chromedriver; Selenium downloads nothing. */
public final class Browser {

    private Browser() {}

    /** Leaves the last page as a screenshot and as HTML in target/browser, to see what a failed test saw. */
    public static void keepLastPage(WebDriver driver, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "browser"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // Evidence is a courtesy: a failure here must not hide the test's own result.
        }
    }

    public static ChromeDriver start() {
        return start("--window-size=1280,900");
    }

    /** With further Chromium arguments, such as a profile directory or a net log. */
    public static ChromeDriver start(String... arguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("langso.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run");
        options.addArguments(arguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /**
     * Switches the page's language and waits for the page that answers: the switch posts the page, and a step taken
     * before the new page arrives races it (the next navigation lands on whatever the post redirected to).
     */
    public static void switchLanguage(WebDriver driver, String code) {
        WebElement page = driver.findElement(By.tagName("html"));
        if (code.equals(page.getAttribute("lang"))) {
            return;
        }
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        openMenuOnAPhone(driver);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("languageForm:" + code)))
                .click();
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[lang='" + code + "']")));
    }

    /** On a narrow window the header's menu and tools are folded behind the menu button: unfolds them. */
    public static void openMenuOnAPhone(WebDriver driver) {
        for (WebElement toggle : driver.findElements(By.id("menuToggle"))) {
            if (toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
                toggle.click();
            }
        }
    }

    /**
     * Clicks what posts or leaves the page and waits for the page that answers: the old page going stale, so that the
     * next step reads the new one rather than racing it.
     */
    public static void clickAndWaitForPage(WebDriver driver, By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        wait.until(ExpectedConditions.stalenessOf(page));
    }
}
