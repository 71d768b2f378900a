package org.careerpath.support;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, per thread, by wrapping its DataSource with
 * datasource-proxy. MockMvc requests run on the test's thread, so a test can count what one page costs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final String NAME = "careerpath";

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource
                        && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(NAME)
                            .countQuery()
                            .build();
                }
                return bean;
            }
        };
    }

    /** Forgets what this thread has counted so far. */
    public static void reset() {
        QueryCountHolder.clear();
    }

    /** Statements this thread has sent since the last reset. */
    public static long statements() {
        var count = QueryCountHolder.get(NAME);
        return count == null ? 0 : count.getTotal();
    }
}
