package vn.langso.browser;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.langso.it.Browser;

/** What a person does on LangSo's PrimeFaces pages, each step waiting until the page's Ajax has settled. */
final class Steps {

    final WebDriver browser;
    final WebDriverWait wait;
    private final URL base;
    private final String testName;

    Steps(WebDriver browser, URL base, String testName) {
        this.browser = browser;
        this.base = base;
        this.testName = testName;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    void open(String page) {
        browser.get(base + page);
    }

    void signIn(String username, String password) {
        open("login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));
    }

    /** Another test may have left a shared account speaking English. */
    void inVietnamese() {
        inLanguage("vi");
    }

    void inLanguage(String code) {
        settle();
        Browser.switchLanguage(browser, code);
    }

    void signOut() {
        Browser.openMenuOnAPhone(browser);
        click(By.id("signOutForm:signOut"));
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    /**
     * Picks an option of a PrimeFaces select menu. PrimeFaces ignores a click on an option while the panel is
     * still opening, so the choice is confirmed by the label the menu shows, and tried again if it did not take.
     */
    void choose(String menuId, String label) {
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        By shown = By.id(menuId + "_label");
        for (int attempt = 1; attempt <= 3; attempt++) {
            List<WebElement> options = browser.findElements(option);
            if (options.isEmpty() || !options.get(0).isDisplayed()) {
                click(By.id(menuId));
            }
            try {
                wait.until(ExpectedConditions.visibilityOfElementLocated(option))
                        .click();
                new WebDriverWait(browser, Duration.ofSeconds(2)).until(ExpectedConditions.textToBe(shown, label));
                settle();
                return;
            } catch (TimeoutException | ElementNotInteractableException stillOpening) {
                // The next attempt finds the panel open.
            }
        }
        throw new AssertionError("The menu " + menuId + " did not take " + label);
    }

    void click(By by) {
        settle();
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        settle();
    }

    void type(By by, CharSequence text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(by));
        input.clear();
        input.sendKeys(text);
    }

    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by))
                .getText()
                .trim();
    }

    String value(By by) {
        return browser.findElement(by).getAttribute("value");
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    boolean overflowsHorizontally() {
        return (Boolean) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    /** Leaves the page as it is now in target/browser, to look at. */
    void keep(String name) {
        Browser.keepLastPage(browser, testName + "-" + name);
    }

    /** Like {@link #keep}, the whole page rather than the window's part of it. */
    void keepWhole(String name) {
        Dimension window = browser.manage().window().getSize();
        long height =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 5000)));
        keep(name);
        browser.manage().window().setSize(window);
    }

    private void settle() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"));
    }
}
