package dev.skillbot.web;

import dev.skillbot.catalog.CurrentCatalog;
import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.StoreUnavailableException;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * The web pages: the templates compiled into the jar (no JTE starter: its view resolver and template
 * compiler setup were auto-configured at every start and unused), proposals through their service.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    PageRenderer pageRenderer() {
        return PageRenderer.precompiled();
    }

    @Bean
    ContentText contentText() {
        return ContentText.IN_PAGE_LANGUAGE;
    }

    /** Only text and status leave the service: the author, rationale and reviewers stay out of the pages. */
    @Bean
    ProposalLines proposalLines(ProposalService proposals, ContentText content) {
        OpenProposals open = (skillId, limit) -> {
            try {
                return proposals.open(skillId, limit).stream()
                        .map(p -> new OpenProposals.Shown(
                                p.levelId(), p.roleId(), p.newText(), p.status().name(), p.locale()))
                        .toList();
            } catch (StoreUnavailableException | org.springframework.dao.DataAccessException e) {
                throw new OpenProposals.Unavailable(e);
            }
        };
        return new ProposalLines(open, content);
    }

    /**
     * The actuator's port, when it is a connector of this server: {@code local.management.port} once it listens, on a
     * port of its own (with {@code management.server.port} equal to the server's, the actuator shares the public port).
     */
    @Bean
    ErrorPages errorPages(PageRenderer renderer, CurrentCatalog catalogs, Environment environment) {
        return new ErrorPages(renderer, catalogs, localPort -> {
            int management = environment.getProperty("local.management.port", Integer.class, -1);
            return management > 0
                    && localPort == management
                    && management != environment.getProperty("local.server.port", Integer.class, -1);
        });
    }

    /**
     * The catalog's error page for the requests Tomcat refuses itself, in place of the error valve Spring Boot
     * puts on the host (ordered last so that it runs after Boot's customizer, and replaces its valve), and the 404
     * of an address with a path parameter ({@link PathParameterValve}).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> catalogErrorValve(ErrorPages pages) {
        return new ErrorValveCustomizer(pages);
    }

    record ErrorValveCustomizer(ErrorPages pages)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Pipeline host = context.getParent().getPipeline();
                for (Valve valve : host.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.removeValve(valve);
                    }
                }
                host.addValve(new CatalogErrorValve(pages));
                host.addValve(new PathParameterValve()); // after the error valve, which then answers its 404
                if (context.getParent() instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(CatalogErrorValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    @Bean
    FilterRegistrationBean<PageEtagFilter> pageEtags() {
        return onPages(new PageEtagFilter());
    }

    /**
     * The pages' own files, {@code /assets/NAME} and nothing else (Spring Boot's default served every static
     * location under {@code /**}), revalidated on every use: with Last-Modified alone, browsers kept an old
     * version's stylesheet for days after an upgrade. They are revalidated by a hash of their content, not by
     * date: a file's date in the jar is when it was checked out or built, so going back to an earlier release (or
     * a build from an older checkout) sent an older date, and browsers kept the newer release's stylesheet (304).
     * A file's address is only ever the file: with a trailing slash ({@code /assets/skillbot.css/}, {@code //})
     * it was served as the file, and is now the 404 page, except one slash, which {@link CatalogPagesController}
     * redirects as it does for a skill.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.noCache())
                .setUseLastModified(false)
                .setEtagGenerator(FileEtag::of)
                .resourceChain(false)
                .addResolver(new FilesOnly());
    }

    /** Spring hands the resolver the path without its trailing slashes, so they are read on the request. */
    private static final class FilesOnly extends PathResourceResolver {

        @Override
        protected Resource resolveResourceInternal(
                HttpServletRequest request,
                String requestPath,
                List<? extends Resource> locations,
                ResourceResolverChain chain) {
            boolean folder = request != null
                    && (request.getServletPath() + Objects.toString(request.getPathInfo(), "")).endsWith("/");
            return folder ? null : super.resolveResourceInternal(request, requestPath, locations, chain);
        }
    }

    @Bean
    FilterRegistrationBean<FirstValueParameters> firstValueParameters() {
        return onPages(new FirstValueParameters());
    }

    /** {@code filter} on the pages' addresses: the catalog, a skill's pages and the search. */
    private static <F extends Filter> FilterRegistrationBean<F> onPages(F filter) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/", "/skills/*", "/search");
        return registration;
    }

    @Bean
    FilterRegistrationBean<PageHeadersFilter> pageHeaders() {
        FilterRegistrationBean<PageHeadersFilter> registration = new FilterRegistrationBean<>(new PageHeadersFilter());
        registration.addUrlPatterns("/", "/skills", "/skills/*", "/search", "/assets/*");
        return registration;
    }
}
