package org.careerpath.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.careerpath.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The salary pages can be read: on a 375-pixel phone no text is smaller than 12 CSS pixels (SVG text
 * measured as drawn, after the chart is scaled) and nothing runs off the screen; at 1,280 pixels every
 * figures table is visible whole, without scrolling sideways.
 */
class SalaryReadabilityTests extends BrowserTestSupport {

    static final List<String> PAGES = List.of(
            "/salaries",
            "/salaries?location=GB",
            "/salaries?location=US-CA-SF",
            "/salaries/compare?levels=senior,staff,principal",
            "/levels/senior",
            "/guides/senior-ml-engineer");

    /** The smallest text on the page as drawn, with where it is; visually hidden text is not drawn. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> smallestText(ChromeDriver driver) {
        return (Map<String, Object>) driver.executeScript("""
                let smallest = {size: 1000, where: ''};
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  if (!node.textContent.trim()) continue;
                  const el = node.parentElement;
                  if (!el || el.closest('script, style, title, option, .visually-hidden, .skip-link')) continue;
                  const rect = el.getBoundingClientRect();
                  if (rect.width < 2 || rect.height < 2) continue;
                  const style = getComputedStyle(el);
                  if (style.visibility === 'hidden' || style.display === 'none') continue;
                  let size = parseFloat(style.fontSize);
                  const svg = el.closest('svg');
                  if (svg) {
                    const box = svg.viewBox.baseVal;
                    const drawn = svg.getBoundingClientRect();
                    if (!box || box.width === 0 || drawn.width === 0) continue;
                    size = size * drawn.width / box.width;
                  }
                  if (size < smallest.size) {
                    smallest = {size: size, where: el.tagName + '.' + el.className.baseVal + el.className + ': ' + node.textContent.trim().slice(0, 40)};
                  }
                }
                return smallest;
                """);
    }

    @Test
    void onA375PixelPhoneNoTextIsBelow12PixelsAndNothingRunsOffTheScreen() {
        ChromeDriver phone = browser(Browser.Screen.PHONE, true, null);
        for (String page : PAGES) {
            phone.get(url(page));
            assertThat(((Number) phone.executeScript("return window.innerWidth")).intValue())
                    .as(page)
                    .isEqualTo(375);
            Map<String, Object> smallest = smallestText(phone);
            assertThat(((Number) smallest.get("size")).doubleValue())
                    .as("%s: smallest text %s", page, smallest.get("where"))
                    .isGreaterThanOrEqualTo(12.0);
            assertThat(noHorizontalScroll(phone))
                    .as("%s scrolls sideways", page)
                    .isTrue();
            Object clipped = phone.executeScript("""
                    const cut = [];
                    document.querySelectorAll('svg text').forEach(t => {
                      const svg = t.closest('svg').getBoundingClientRect();
                      const r = t.getBoundingClientRect();
                      if (svg.width > 0 && (r.right > svg.right + 1 || r.left < svg.left - 1)) cut.push(t.textContent.slice(0, 40));
                    });
                    return cut;
                    """);
            assertThat((List<?>) clipped)
                    .as("%s: chart text cut off at the chart's edge", page)
                    .isEmpty();
            // every figure is still there: the narrow chart is drawn and the table cards carry their labels
            assertThat(findAll(phone, "svg.chart-narrow").stream()
                            .filter(e -> e.isDisplayed())
                            .count())
                    .as(page)
                    .isEqualTo(findAll(phone, "svg.chart-narrow").size());
            assertThat(findAll(phone, "svg.chart-wide")).noneMatch(e -> e.isDisplayed());
        }
    }

    @Test
    void at1280PixelsEveryFiguresTableIsVisibleWhole() {
        ChromeDriver desktop = browser();
        for (String page : PAGES) {
            desktop.get(url(page));
            assertThat(((Number) desktop.executeScript("return window.innerWidth")).intValue())
                    .as(page)
                    .isEqualTo(1280);
            Object cut = desktop.executeScript("""
                    const cut = [];
                    document.querySelectorAll('.table-scroll').forEach(box => {
                      if (box.scrollWidth > box.clientWidth + 1) cut.push(box.querySelector('caption, table').textContent.trim().slice(0, 60));
                    });
                    return cut;
                    """);
            assertThat((List<?>) cut).as("%s: tables cut off", page).isEmpty();
            assertThat(noHorizontalScroll(desktop)).as(page).isTrue();
            Map<String, Object> smallest = smallestText(desktop);
            assertThat(((Number) smallest.get("size")).doubleValue())
                    .as("%s: smallest text %s", page, smallest.get("where"))
                    .isGreaterThanOrEqualTo(12.0);
        }
    }
}
