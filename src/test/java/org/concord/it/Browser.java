package org.concord.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium driven through Selenium, the way a person uses Concord: it opens
 * pages, clicks and reads what is shown. It uses Debian's chromium and chromedriver and never
 * downloads a browser; where they are missing it fails with what to install, it never skips.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("concord.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("concord.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final Path downloads;

    public Browser() {
        this(null);
    }

    /** A browser that saves downloads into {@code downloads} without asking (null: no downloads expected). */
    public Browser(Path downloads) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        }
        this.downloads = downloads;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1024", "--lang=en-GB");
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriver chrome = new ChromeDriver(service, options);
        if (downloads != null) {
            // headless Chromium ignores the preference unless told through the DevTools protocol
            chrome.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of(
                    "behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        }
        driver = chrome;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * Signs in through Concord's sign-in page as a person does, and waits until the page after
     * it has opened (the one asked for, the home page or the forced password change).
     */
    public Browser signIn(ConcordServer server, String username, String password) {
        open(server.url("/signin.xhtml"));
        submitSignIn(username, password);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/signin.xhtml"));
        waitUntilLoaded();
        return this;
    }

    /** Fills in and sends the sign-in form already open, whatever comes of it. */
    public void submitSignIn(String username, String password) {
        type(By.id("signin:username"), username);
        type(By.id("signin:password"), password);
        clickAndWaitForPage(By.id("signin:submit"));
    }

    /** Clicks what sends a form (not by ajax) and waits until the next page has replaced this one. */
    public void clickAndWaitForPage(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(page));
        waitUntilLoaded();
    }

    /** Waits until the page has loaded completely, its scripts included. */
    public void waitUntilLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Presses the sign-out button in the page header. */
    public void signOut() {
        click(By.id("sign-out-form:sign-out"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/signin.xhtml"));
        waitUntilLoaded();
    }

    /** Forgets the session (signs out without asking the server), for the next test to start as a visitor. */
    public void forgetSession(ConcordServer server) {
        open(server.url("/health/live"));
        driver.manage().deleteAllCookies();
    }

    /** Chooses the option whose value is {@code value} in the (native) select {@code by}. */
    public void choose(By by, String value) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(d -> {
            new org.openqa.selenium.support.ui.Select(d.findElement(by)).selectByValue(value);
            return true;
        });
    }

    /** Clears a text field and types into it. */
    public void type(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(d -> {
            WebElement field = d.findElement(by);
            field.clear();
            field.sendKeys(text);
            return true;
        });
    }

    /** What the browser console said about Content-Security-Policy since the last call (scripts or styles it refused). */
    public List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * The text {@code by} shows now. Read again when the element is replaced while being read
     * (an ajax update): Chromium then says the node "does not belong to the document".
     */
    public String text(By by) {
        return read(d -> d.findElement(by).getText());
    }

    /** The value of an element's attribute (a field's {@code value}, say), read as {@link #text} is. */
    public String attribute(By by, String name) {
        return read(d -> d.findElement(by).getAttribute(name));
    }

    private <T> T read(java.util.function.Function<WebDriver, T> reading) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(reading);
    }

    /**
     * Whether a page's element has been replaced by a new page. Chromium says so in more than
     * one way: a stale reference, or a node that "does not belong to the document" any more.
     */
    static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }

    /**
     * Clicks {@code by} once it can be clicked. A click refused because the element was being
     * replaced or covered (by an ajax update or an overlay fading out) is tried again.
     */
    public void click(By by) {
        read(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return null;
            }
            element.click();
            return true;
        });
    }

    /** Waits until {@code by} shows {@code text}, and returns the whole text shown. */
    public String waitForText(By by, String text) {
        return read(d -> {
            String shown = d.findElement(by).getText();
            return shown.contains(text) ? shown : null;
        });
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String pageText() {
        return text(By.tagName("body"));
    }

    /**
     * Waits for a complete download whose name ends with {@code extension} in the folder this
     * browser saves into (Chromium writes it under another name until it is whole).
     */
    public Path awaitDownload(String extension) {
        if (downloads == null) {
            throw new IllegalStateException("this browser was opened without a download folder");
        }
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    /**
     * Saves the whole page as it looks now, top to bottom at the window's width, as
     * {@code target/screenshots/<name>.png}: the pictures a person looks at before saying a page
     * is as its users expect (the tests assert what the page shows; the eye judges how it looks).
     */
    public Path screenshot(String name) {
        var window = driver.manage().window();
        org.openqa.selenium.Dimension size = window.getSize();
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
        // the window is made as tall as the page (a full-page capture would resize the view while
        // capturing, and Chart.js would redraw its charts in the middle of it), then put back
        window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(height + 120, 16_000)));
        try {
            // the new size is painted in the next frames; Chart.js redraws its charts for it in an animation of about a second
            Thread.sleep(driver.findElements(By.tagName("canvas")).isEmpty() ? 500 : 2000);
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Object shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot", java.util.Map.of("format", "png")).get("data");
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            window.setSize(size);
        }
    }

    /** Forgets every cookie of every site and path, as a different browser would have none. */
    public void clearCookies() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
