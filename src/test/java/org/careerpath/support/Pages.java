package org.careerpath.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Fetches a page as a browser would ask for it and parses the HTML. */
public final class Pages {

    private Pages() {}

    public static MvcTestResult get(MockMvcTester mvc, String uri) {
        return mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
    }

    public static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET the page, expect 200, return its parsed HTML. */
    public static Document page(MockMvcTester mvc, String uri) {
        MvcTestResult result = get(mvc, uri);
        assertThat(result).hasStatusOk();
        return html(result);
    }
}
