package dev.skillbot.gitops;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.suggestion.CatalogHistory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GitOpsConfiguration {

    static final String REMOTE_CATALOG = "'${skillbot.catalog.git.url:}' != ''";

    /** Credentials and SSH settings for every clone, fetch and push; checked at start-up, SSH sessions closed on shutdown. */
    @Bean(destroyMethod = "close")
    GitTransport gitTransport(GitCatalogProperties git) {
        return GitTransport.of(git);
    }

    /**
     * Approved edits are committed when the catalog directory is a Git work tree, and pushed when
     * configured; the repository is opened with the first approved edit.
     */
    @Bean
    CatalogHistory catalogHistory(CatalogReloader catalogs, GitCatalogProperties git, GitTransport transport) {
        return new OpenedOnFirstUse(() -> GitCatalogHistory.forDirectory(catalogs.dir(), GitPushSettings.of(git, transport))
                .orElse(CatalogHistory.NONE));
    }

    /** With SKILLBOT_CATALOG_GIT_URL, the catalog is a clone of that remote, pulled on an interval and on webhooks. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(REMOTE_CATALOG)
    static class RemoteCatalog {

        @Bean
        GitCatalogSync gitCatalogSync(GitCatalogProperties git, GitTransport transport) {
            return new GitCatalogSync(git, transport);
        }

        @Bean
        GitCatalogPoller gitCatalogPoller(GitCatalogSync sync, CatalogReloader catalogs, GitCatalogProperties git) {
            return new GitCatalogPoller(sync, catalogs, git.pollInterval());
        }
    }
}
