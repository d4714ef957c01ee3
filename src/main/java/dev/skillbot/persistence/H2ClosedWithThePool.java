package dev.skillbot.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * H2 closes a database in a JVM shutdown hook of its own, which runs alongside Spring's: on SIGTERM
 * the last lookup counts were flushed into a database already closed. Every H2 URL therefore gets
 * {@code DB_CLOSE_ON_EXIT=FALSE} (unless it says otherwise), so the database closes with the
 * connection pool, which Spring closes after every bean that writes to it.
 */
@Configuration(proxyBeanMethods = false)
class H2ClosedWithThePool {

    @Bean
    static BeanPostProcessor h2ClosesWithThePool() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
                    pool.setJdbcUrl(url(pool.getJdbcUrl()));
                }
                return bean;
            }
        };
    }

    /** The URL, with {@code ;DB_CLOSE_ON_EXIT=FALSE} added if it is an H2 URL that does not set it. */
    static String url(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        return upper.startsWith("JDBC:H2:") && !upper.contains(";DB_CLOSE_ON_EXIT=")
                ? url + ";DB_CLOSE_ON_EXIT=FALSE"
                : url;
    }
}
