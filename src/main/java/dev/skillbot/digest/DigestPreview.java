package dev.skillbot.digest;

import dev.skillbot.card.Card;
import dev.skillbot.i18n.MessageKey;
import dev.skillbot.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.scheduling.support.CronExpression;

/**
 * Which week {@code digest preview} shows: the one the next digest will cover (the week so far, once the last digest
 * went out), or a week the reader names ({@code digest preview 2026-W49}, beside a domain or skill or alone).
 *
 * @param week  the week to compose
 * @param scope the words left for the domain or skill, blank for the channel's own
 * @param note  what the reader should know of that week, such as when it goes out and that it is not over
 */
public record DigestPreview(IsoWeek week, String scope, Optional<String> note) {

    private static final Pattern WEEK_WORD = Pattern.compile("\\d{4}-[Ww]\\d{1,2}");

    /** A week word the reader typed that is no week ({@code 2026-W60}), or one that has not begun. */
    static final class NoSuchWeek extends IllegalArgumentException {
        final boolean notBegun;

        NoSuchWeek(String word, boolean notBegun) {
            super(word);
            this.notBegun = notBegun;
        }
    }

    /** The next digest as it stands, as {@code digest preview} without words shows it: its week and when it goes out. */
    public static DigestPreview next(Instant now, ZoneId zone, CronExpression schedule, Messages messages) {
        return of("", now, zone, schedule, messages);
    }

    static DigestPreview of(String words, Instant now, ZoneId zone, CronExpression schedule, Messages messages) {
        List<String> scopeWords = new ArrayList<>();
        Optional<IsoWeek> named = Optional.empty();
        for (String word : words.strip().split("\\s+")) {
            if (WEEK_WORD.matcher(word).matches() && named.isEmpty()) {
                named = Optional.of(week(word));
                if (now.isBefore(named.get().start(zone))) {
                    throw new NoSuchWeek(named.get().toString(), true);
                }
            } else if (!word.isEmpty()) {
                scopeWords.add(word);
            }
        }
        String scope = String.join(" ", scopeWords);
        Optional<ZonedDateTime> due = Optional.ofNullable(schedule.next(ZonedDateTime.ofInstant(now, zone)));
        IsoWeek week = named.orElseGet(
                () -> IsoWeek.endedBy(due.map(ZonedDateTime::toInstant).orElse(now), zone));
        boolean soFar = now.isBefore(week.end(zone));
        boolean goesOutNext = due.filter(
                        next -> IsoWeek.endedBy(next.toInstant(), zone).equals(week))
                .isPresent();
        Optional<String> note = goesOutNext
                ? Optional.of(messages.get(
                        soFar ? MessageKey.DIGEST_PREVIEW_SO_FAR : MessageKey.DIGEST_PREVIEW_DUE,
                        when(due.get(), zone, messages)))
                : soFar ? Optional.of(messages.get(MessageKey.DIGEST_PREVIEW_NOT_OVER)) : Optional.empty();
        return new DigestPreview(week, scope, note);
    }

    /** The digest with this preview's note, if it has one, under its context. */
    public Card noted(Card digest) {
        if (note.isEmpty()) {
            return digest;
        }
        List<String> context = new ArrayList<>(digest.context());
        context.add(note.get());
        return new Card(
                digest.kind(),
                digest.title(),
                context,
                digest.tags(),
                digest.blocks(),
                digest.controls(),
                digest.fallback());
    }

    private static IsoWeek week(String word) {
        try {
            return IsoWeek.parse(word.toUpperCase(Locale.ROOT).replaceFirst("-W(\\d)$", "-W0$1"));
        } catch (IllegalArgumentException e) {
            throw new NoSuchWeek(word, false);
        }
    }

    /** A moment in the reader's words ("Monday, December 14, 2026 09:00 (UTC)"), not the cron it comes from. */
    static String when(ZonedDateTime at, ZoneId zone, Messages messages) {
        Locale locale = Locale.forLanguageTag(messages.localeTag());
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .format(at) + " "
                + DateTimeFormatter.ofPattern("HH:mm", locale).format(at) + " (" + zone.getId() + ")";
    }
}
