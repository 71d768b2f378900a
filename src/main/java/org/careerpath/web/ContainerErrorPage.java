package org.careerpath.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Errors Tomcat answers itself, before any filter runs (a path with a broken escape, headers too large, a
 * method it does not know): the same security headers as every other response and a short page of our own
 * in place of Tomcat's, which names the server and needs an inline style the CSP would block.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPage {

    @Bean
    ReplaceErrorReport containerErrorReport() {
        return new ReplaceErrorReport();
    }

    /** Puts {@link Report} in place of the ErrorReportValve that Spring Boot adds to the host. */
    static class ReplaceErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers((TomcatContextCustomizer) context -> {
                var host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof org.apache.catalina.core.StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(Report.class.getName());
                }
                host.getPipeline().addValve(new Report());
            });
        }

        @Override
        public int getOrder() {
            // after Spring Boot's own customizer, which adds a plain ErrorReportValve
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Writes the headers and a plain page for an error no servlet answered. */
    public static class Report extends ErrorReportValve {

        public Report() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            SecurityHeaders.HEADERS.forEach(response::setHeader);
            response.setHeader("Cache-Control", "no-store");
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone; nothing more to say
            }
        }

        private static String page(int status) {
            String heading = status < 500 ? "That request could not be understood" : "Something went wrong";
            return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + heading
                    + " · CareerPath</title><link rel=\"stylesheet\" href=\"/assets/css/site.css\"></head><body>"
                    + "<main class=\"wrap\"><h1>" + heading + "</h1><p>Error " + status
                    + ". Check the address, or go back to <a href=\"/\">the home page</a>.</p></main></body></html>";
        }
    }
}
