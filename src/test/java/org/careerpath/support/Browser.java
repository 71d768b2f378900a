package org.careerpath.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by the system's chromedriver: Debian's chromium and chromium-driver here and in
 * CI (installed by .ci/run), Google Chrome and its driver on GitHub's runners. Nothing is downloaded.
 */
public final class Browser {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 1000;
    public static final int PHONE_WIDTH = 375;
    public static final int PHONE_HEIGHT = 812;

    private Browser() {}

    public static Optional<Path> chromium() {
        return firstExisting(Stream.of(
                System.getenv("CHROME_BIN"),
                "/usr/bin/chromium",
                "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome",
                "/usr/bin/google-chrome-stable"));
    }

    public static Optional<Path> chromedriver() {
        String github = System.getenv("CHROMEWEBDRIVER");
        return firstExisting(Stream.of(
                System.getenv("CHROMEDRIVER"),
                "/usr/bin/chromedriver",
                github == null ? null : github + "/chromedriver",
                "/usr/local/bin/chromedriver"));
    }

    public static boolean available() {
        return chromium().isPresent() && chromedriver().isPresent();
    }

    public enum Screen {
        DESKTOP,
        PHONE
    }

    /** Starts a fresh browser (its own empty profile, so no cookies carry over). */
    public static ChromeDriver start(Screen screen, boolean javascript, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().orElseThrow().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--user-data-dir=" + tempProfile());
        Map<String, Object> prefs = new HashMap<>();
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
        }
        options.setExperimentalOption("prefs", prefs);
        if (screen == Screen.PHONE) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of("deviceMetrics", Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0)));
        } else {
            options.addArguments("--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().orElseThrow().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("careerpath-chromium-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> firstExisting(Stream<String> candidates) {
        return candidates
                .filter(c -> c != null && !c.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static List<String> missing() {
        return Stream.of(
                        chromium().isEmpty() ? "chromium" : null, chromedriver().isEmpty() ? "chromedriver" : null)
                .filter(s -> s != null)
                .toList();
    }
}
