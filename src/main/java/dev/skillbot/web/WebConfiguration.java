package dev.skillbot.web;

import dev.skillbot.suggestion.ProposalService;
import dev.skillbot.suggestion.StoreUnavailableException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web pages: the templates compiled into the jar (no JTE starter: its view resolver and template
 * compiler setup were auto-configured at every start and unused), proposals through their service.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

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

    @Bean
    FilterRegistrationBean<PageHeadersFilter> pageHeaders() {
        FilterRegistrationBean<PageHeadersFilter> registration = new FilterRegistrationBean<>(new PageHeadersFilter());
        registration.addUrlPatterns("/", "/skills", "/skills/*", "/search", "/assets/*");
        return registration;
    }
}
