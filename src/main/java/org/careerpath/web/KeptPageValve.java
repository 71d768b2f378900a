package org.careerpath.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves a kept public page from Tomcat's pipeline, before the servlet filter chain is built, when the
 * request is one the filters would all let through unchanged to a cache hit ({@link
 * PageCacheFilter#serveKept}): then the response is exactly the one {@link PageCacheFilter} would write,
 * without the eight filters in front of it. Every other request, and every page not kept yet, goes on
 * through the filters as before. Measured with bench/run: a kept page costs about a quarter less this way.
 */
@Configuration(proxyBeanMethods = false)
class KeptPageValve {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> keptPagesBeforeTheFilters(
            ObjectProvider<PageCacheFilter> pages) {
        return factory -> factory.addContextValves(new Valve(pages));
    }

    static final class Valve extends ValveBase {

        private final ObjectProvider<PageCacheFilter> pages;

        Valve(ObjectProvider<PageCacheFilter> pages) {
            super(true);
            this.pages = pages;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (!pages.getObject().serveKept(request, response)) {
                getNext().invoke(request, response);
            }
        }
    }
}
