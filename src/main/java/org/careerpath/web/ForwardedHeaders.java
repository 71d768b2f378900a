package org.careerpath.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties.ForwardHeadersStrategy;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Spring's {@link ForwardedHeaderFilter}, as Spring Boot registers it for {@code server.forward-headers-strategy=framework}
 * (the client's address and scheme from a trusted proxy's X-Forwarded-* headers), but switched on or off by the
 * setting of each start. Boot's own bean is conditional on that setting, and the packaged portal starts with
 * Spring's ahead-of-time processed bean definitions, in which the build settled every condition: the image would
 * then never honour SERVER_FORWARD_HEADERS_STRATEGY. This bean is always defined (so Boot's backs off) and is
 * enabled when the setting says so.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeaders {

    @Bean
    FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeaderFilter(ServerProperties server) {
        FilterRegistrationBean<ForwardedHeaderFilter> registration =
                new FilterRegistrationBean<>(new ForwardedHeaderFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(server.getForwardHeadersStrategy() == ForwardHeadersStrategy.FRAMEWORK);
        return registration;
    }
}
