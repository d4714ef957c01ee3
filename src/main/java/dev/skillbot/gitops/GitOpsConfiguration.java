package dev.skillbot.gitops;

import dev.skillbot.catalog.CatalogReloader;
import dev.skillbot.concurrent.PeriodicTask;
import dev.skillbot.suggestion.CatalogHistory;
import dev.skillbot.suggestion.CatalogWriter;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

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
    CatalogHistory catalogHistory(
            CatalogReloader catalogs, GitCatalogProperties git, GitTransport transport, CatalogHeads heads) {
        return new LazyCatalogHistory(() -> GitCatalogHistory.forDirectory(
                        catalogs.dir(), GitPushSettings.of(git, transport), heads::announce)
                .orElse(CatalogHistory.NONE));
    }

    /** The last catalog commit any replica published, in the shared database. */
    @Bean
    CatalogHeads catalogHeads(ObjectProvider<JdbcClient> jdbc, ObjectProvider<Clock> clock) {
        return new CatalogHeads(jdbc::getIfAvailable, clock.getIfAvailable(Clock::systemUTC));
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
        GitCatalogPoller gitCatalogPoller(
                GitCatalogSync sync, CatalogReloader catalogs, CatalogWriter writer, GitCatalogProperties git) {
            return new GitCatalogPoller(sync, catalogs, writer, git.pollInterval());
        }

        /** Pulls within {@link GitCatalogProperties#headCheck()} (1 s) of another replica's push, not at the next poll. */
        @Bean
        PeriodicTask catalogHeadWatcher(
                CatalogHeads heads, GitCatalogSync sync, GitCatalogPoller poller, GitCatalogProperties git) {
            return new PeriodicTask(
                    "catalog-head-watcher",
                    new CatalogHeadWatcher(heads, sync::head, poller::pullSoon)::check,
                    git.headCheck());
        }
    }
}
