package org.careerpath.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.careerpath.support.Browser;
import org.careerpath.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browser tests: the whole application on a random port, driven by headless Chromium. */
@PortalIntegrationTest
abstract class BrowserTestSupport {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private final List<WebDriver> drivers = new ArrayList<>();

    @BeforeAll
    static void needsChromium() {
        assumeTrue(
                Browser.available(),
                "Browser tests skipped: no " + String.join(" or ", Browser.missing())
                        + " installed (apt-get install chromium chromium-driver)");
    }

    @AfterEach
    void closeBrowsers() {
        drivers.forEach(WebDriver::quit);
        drivers.clear();
    }

    ChromeDriver browser() {
        return browser(Browser.Screen.DESKTOP, true, null);
    }

    ChromeDriver browser(Browser.Screen screen, boolean javascript, Path downloads) {
        ChromeDriver driver = Browser.start(screen, javascript, downloads);
        drivers.add(driver);
        return driver;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Waits for a file with the given ending to finish downloading into the folder. */
    static Path waitForDownload(Path folder, String ending) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                var done = files.filter(f -> f.toString().endsWith(ending)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + ending + " file was downloaded");
    }

    static WebElement find(WebDriver driver, String css) {
        return driver.findElement(By.cssSelector(css));
    }

    static List<WebElement> findAll(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css));
    }

    static void clickLink(WebDriver driver, String text) {
        String before = driver.getCurrentUrl();
        driver.findElement(By.linkText(text)).click();
        waiting(driver).until(d -> !d.getCurrentUrl().equals(before));
    }

    /**
     * True when the page is no wider than the window (nothing to scroll sideways) and no form control sticks
     * out past its right edge. Elements inside a scrolling box of their own (wide tables) are fine.
     */
    static boolean noHorizontalScroll(WebDriver driver) {
        Object fits = ((JavascriptExecutor) driver).executeScript("""
                var width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth > width) return false;
                var controls = document.querySelectorAll('input, select, button, textarea');
                for (var i = 0; i < controls.length; i++) {
                  var c = controls[i];
                  if (c.type === 'hidden' || c.closest('.table-scroll')) continue;
                  if (c.getBoundingClientRect().right > width + 1) return false;
                }
                return true;
                """);
        return Boolean.TRUE.equals(fits);
    }

    static void screenshot(WebDriver driver, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
