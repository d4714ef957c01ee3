package dev.skillbot.cli;

import dev.skillbot.card.Card;
import dev.skillbot.catalog.Catalog;
import dev.skillbot.digest.DigestComposer;
import dev.skillbot.digest.DigestInputs;
import dev.skillbot.digest.DigestPreview;
import dev.skillbot.digest.DigestService;
import dev.skillbot.digest.IsoWeek;
import dev.skillbot.digest.Scope;
import dev.skillbot.i18n.Messages;
import dev.skillbot.persistence.JdbcCatalogChanges;
import dev.skillbot.persistence.JdbcLookupCounts;
import dev.skillbot.persistence.JdbcProposalStore;
import dev.skillbot.suggestion.ProposalSuggestionsView;
import java.io.PrintStream;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code digest --preview}: the digest a channel would get, read from the same database the
 * server uses ({@code spring.datasource}), in the server's zone ({@code skillbot.digest.zone}),
 * posted nowhere. Without a database it still shows the catalog's part.
 */
final class DigestPreviewCommand {

    private final CliSettings settings;
    private final PrintStream err;
    private final Clock clock;

    DigestPreviewCommand(CliSettings settings, PrintStream err, Clock clock) {
        this.settings = settings;
        this.err = err;
        this.clock = clock;
    }

    /** The week named, or else the next digest as it stands (the week so far once the last one went out), as chat's preview. */
    Card render(Catalog catalog, Scope scope, Optional<IsoWeek> week, String locale) {
        if (week.isPresent()) {
            return render(catalog, scope, week.get(), locale);
        }
        ZoneId zone = settings.digest().zone();
        DigestPreview next = DigestPreview.next(clock.instant(), zone, schedule(), Messages.forLocale(locale));
        return next.noted(render(catalog, scope, next.week(), locale));
    }

    private CronExpression schedule() {
        String cron = settings.digest().cron();
        try {
            return CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            throw new UsageException("SKILLBOT_DIGEST_CRON is no schedule ('" + cron + "'): " + e.getMessage());
        }
    }

    private Card render(Catalog catalog, Scope scope, IsoWeek chosen, String locale) {
        ZoneId zone = settings.digest().zone();
        Clock clock = this.clock.withZone(zone);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource(settings.database()));
            DigestService digests = new DigestService(
                    () -> catalog,
                    new JdbcCatalogChanges(jdbc),
                    new JdbcLookupCounts(jdbc),
                    new ProposalSuggestionsView(new JdbcProposalStore(JdbcClient.create(jdbc))),
                    clock,
                    zone);
            return digests.compose(scope, chosen, locale);
        } catch (RuntimeException | SQLException e) {
            err.println("No database to read this week's changes from (" + rootMessage(e)
                    + "); showing the catalog part only.");
            DigestInputs catalogOnly = new DigestInputs(
                    chosen, scope, List.of(), 0, Optional.empty(), clock.instant(), List.of(), 0, Optional.empty());
            return new DigestComposer().compose(catalogOnly, catalog, Messages.forLocale(locale));
        }
    }

    private static SimpleDriverDataSource dataSource(CliSettings.Database database) throws SQLException {
        String url = database.readOnlyUrl();
        Driver driver = DriverManager.getDriver(url);
        return new SimpleDriverDataSource(driver, url, database.username(), database.password());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
