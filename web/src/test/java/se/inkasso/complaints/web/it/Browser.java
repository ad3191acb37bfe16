package se.inkasso.complaints.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium (test.sh installs both). No browser means a
 * failed test, never a skipped one. Screenshots go to web/target/screenshots.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Path DOWNLOADS = Path.of("target", "downloads");

    private final ChromeDriver driver;
    private final String base;
    private final Path downloads;

    Browser(String base, int width, int height) {
        assertThat(CHROMIUM).as("Chromium for the browser tests (scripts/ensure-chromium.sh)").isExecutable();
        assertThat(DRIVER).as("ChromeDriver for the browser tests (scripts/ensure-chromium.sh)").isExecutable();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--window-size=" + width + "," + height);
        try {
            downloads = Files.createTempDirectory(Files.createDirectories(DOWNLOADS), "browser").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        this.base = base.endsWith("/") ? base : base + "/";
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** The element once it is visible on the current page (one from a page being replaced is looked up again). */
    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> {
            try {
                return ExpectedConditions.visibilityOfElementLocated(by).apply(page);
            } catch (org.openqa.selenium.WebDriverException settling) {
                if (isSettling(settling)) {
                    return null;
                }
                throw settling;
            }
        });
    }

    /**
     * An element of a page that is being replaced: Chromium says so as a stale element or as a node
     * that "does not belong to the document"; either way, look again.
     */
    private static boolean isSettling(org.openqa.selenium.WebDriverException thrown) {
        return thrown instanceof StaleElementReferenceException
                || thrown instanceof org.openqa.selenium.NoSuchElementException
                || String.valueOf(thrown.getMessage()).contains("does not belong to the document");
    }

    void type(By field, String text) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Types over whatever a field holds, as a person does (select all, type), for fields that ignore clear(). */
    void typeOver(By field, String text) {
        find(field).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
    }

    /**
     * Clicks as soon as the element can be clicked; an element replaced while the page settles (by
     * an AJAX update or a new page) is looked up again rather than failing the test.
     */
    void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(by).apply(page);
                if (element == null) {
                    return false;
                }
                element.click();
                return true;
            } catch (org.openqa.selenium.WebDriverException settling) {
                if (isSettling(settling) || settling instanceof org.openqa.selenium.ElementClickInterceptedException) {
                    return false;
                }
                throw settling;
            }
        });
    }

    private static final Path AXE = Path.of("..", "tools", "axe", "node_modules", "axe-core", "axe.min.js");

    /**
     * Runs axe-core in the page and fails on every serious or critical violation, naming the rule and
     * the elements (scripts/ensure-axe.sh installs it; missing, the test fails).
     */
    void assertAccessible(String page) {
        assertThat(AXE).as("axe-core for the accessibility checks (scripts/ensure-axe.sh)").isRegularFile();
        try {
            driver.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object violations = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ') + ' '"
                + " + n.html.substring(0, 160)).join(', '))));");
        assertThat((java.util.List<?>) violations).as("serious accessibility problems on " + page).isEmpty();
    }

    /** Chooses files for a file input, as a person picking them in the dialog. */
    void attach(By input, Path file) {
        driver.findElement(input).sendKeys(file.toAbsolutePath().toString());
    }

    /** Runs a script in the page, as the page's own code would, and answers its result. */
    Object script(String javascript) {
        return driver.executeScript(javascript);
    }

    /** Goes back one page in the browser's history. */
    void back() {
        driver.navigate().back();
    }

    /** Clicks a button that sends the whole page (not AJAX) and waits until the next page replaced it. */
    void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(button);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(next -> gone(page));
    }

    /** Whether an element's page has been replaced (Chromium says so in two ways). */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            if (isSettling(replaced)) {
                return true;
            }
            throw replaced;
        }
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label and waits until the menu shows it.
     * The menu's panel opens with a transition; on a busy machine a click during it can be lost, so
     * the pick is tried again (up to three times) until the menu shows the choice.
     */
    void choose(String menuId, String label) {
        String id = menuId.replace(":", "\\:");
        By item = By.cssSelector("#" + id + "_items li[data-label='" + label + "']");
        By panel = By.id(menuId + "_panel");
        // PrimeFaces closes an open menu when the page scrolls: bring it to the middle first
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", find(By.id(menuId)));
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (driver.findElements(panel).isEmpty() || !driver.findElement(panel).isDisplayed()) {
                click(By.id(menuId));
            }
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> page.findElement(panel)
                    .getAttribute("class").contains("enter-done"));
            click(item);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(page ->
                        label.equals(page.findElement(By.id(menuId + "_label")).getText()));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                screenshot("choose-" + menuId.replace(':', '-') + "-" + attempt);
            }
        }
        throw new AssertionError("The menu " + menuId + " does not show \"" + label + "\" after three tries; it shows \""
                + driver.findElement(By.id(menuId + "_label")).getText() + "\"");
    }

    /** Waits for a condition; a part of the page replaced by an AJAX update meanwhile is looked up again. */
    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> {
            try {
                return condition.apply(page);
            } catch (org.openqa.selenium.WebDriverException settling) {
                if (isSettling(settling)) {
                    return false;
                }
                throw settling;
            }
        });
    }

    /** Waits for a download whose name ends so, complete. */
    Path downloaded(String ending) {
        Path[] found = new Path[1];
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(page -> {
            try (var files = Files.list(downloads)) {
                found[0] = files.filter(file -> file.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
                return found[0] != null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return found[0];
    }

    /** Makes the browser send a session id the server no longer knows, as after a timeout. */
    void loseSession() {
        org.openqa.selenium.Cookie current = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(current).as("a session cookie").isNotNull();
        driver.manage().deleteCookie(current);
        driver.manage().addCookie(new org.openqa.selenium.Cookie.Builder("JSESSIONID", "lapsed" + current.getValue())
                .path(current.getPath()).isHttpOnly(true).build());
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in on the login page the browser has been sent to. */
    void login(String username, String password) {
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        submit(By.id("login:submit"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
