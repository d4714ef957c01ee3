package dev.skillbot.me;

import static dev.skillbot.testing.Cards.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.card.Card;
import dev.skillbot.chat.Invocation;
import dev.skillbot.chat.Platform;
import dev.skillbot.command.CommandPorts;
import dev.skillbot.command.CommandService;
import dev.skillbot.testing.FixtureCatalog;
import dev.skillbot.testing.PersonalRig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Any sequence of what three people in two channels do with shares (share with a channel or a person, post,
 * read, comment, stop one or all, forget, set a profile again) against a model of who may read what: after
 * every step each person in each channel can open exactly the shares the model allows, every other id
 * answers exactly as an id that never existed, the comments stored are the model's, and the cards posted
 * for a channel that were taken down are exactly those of stopped shares, each once.
 */
class MeSharesPropertyTest {

    private static final List<String> PEOPLE = List.of("ann", "bob", "frank");
    private static final List<String> CHANNELS = List.of("C1", "C2");

    private PersonalRig rig;
    private CommandService service;
    /** The cards the platform deleted, in order; and those the model expects gone. */
    private final List<String> deleted = new ArrayList<>();

    private final List<String> expectedGone = new ArrayList<>();
    private int messages;

    sealed interface Step permits Share, Post, Comment, Unshare, UnshareAll, Forget, Profile {}

    /** {@code actor} shares in {@code channel}: with it, or with {@code person} when set. */
    record Share(int actor, int channel, int person, boolean withPerson) implements Step {}

    /** {@code actor} clicks Share in channel (an answer for everyone) for the {@code share}th share, in {@code channel}. */
    record Post(int actor, int share, int channel) implements Step {}

    record Comment(int actor, int share, int channel) implements Step {}

    record Unshare(int actor, int share) implements Step {}

    record UnshareAll(int actor) implements Step {}

    record Forget(int actor) implements Step {}

    record Profile(int actor) implements Step {}

    /** A share as the model knows it. */
    private static final class Known {
        final long id;
        final String owner;
        final String viewer;
        final boolean channel;
        boolean open;
        boolean alive = true;
        final List<String> commenters = new ArrayList<>();
        final List<String> cards = new ArrayList<>();

        Known(long id, String owner, String viewer, boolean channel) {
            this.id = id;
            this.owner = owner;
            this.viewer = viewer;
            this.channel = channel;
            this.open = !channel;
        }

        boolean readable(String user, String where) {
            return alive && (owner.equals(user) || open && (viewer.equals(user) || viewer.equals(where)));
        }
    }

    @Property(tries = 25)
    void everyoneReadsExactlyWhatTheModelAllows(@ForAll("steps") List<Step> steps) {
        rig = PersonalRig.h2(Clock.systemUTC());
        deleted.clear();
        expectedGone.clear();
        PostedCards platform = new PostedCards() {
            @Override
            public Platform platform() {
                return Platform.SLACK;
            }

            @Override
            public Outcome takeDown(Shares.Post post) {
                deleted.add(post.message());
                return Outcome.DOWN;
            }
        };
        MeCommands commands = new MeCommands(
                rig.stores,
                new ChecklistIndex(),
                List.of(),
                new ShareTakedowns(rig.stores.shares(), List.of(platform), Runnable::run));
        service = new CommandService(FixtureCatalog::load, CommandPorts.NONE.withPersonal(commands));
        boolean[] profile = new boolean[PEOPLE.size()];
        for (int i = 0; i < PEOPLE.size(); i++) {
            ask(PEOPLE.get(i), "C1", "me sre senior");
            profile[i] = true;
        }
        List<Known> shares = new ArrayList<>();
        Card notShared = ask("nobody", "C1", "me shared 1000000000000000");
        for (Step step : steps) {
            apply(step, shares, profile);
            for (Known share : shares) {
                for (String user : PEOPLE) {
                    for (String channel : CHANNELS) {
                        Card card = ask(user, channel, "me shared " + share.id);
                        if (share.readable(user, channel)) {
                            assertThat(card)
                                    .as("%s in %s reads %s after %s", user, channel, share.id, step)
                                    .isNotEqualTo(notShared);
                        } else {
                            assertThat(card)
                                    .as("%s in %s reads %s after %s", user, channel, share.id, step)
                                    .isEqualTo(notShared);
                        }
                    }
                }
            }
            assertThat(deleted).as("cards taken down after %s", step).containsExactlyInAnyOrderElementsOf(expectedGone);
            assertThat(rig.jdbc.queryForObject("select count(*) from me_comment", Integer.class))
                    .as("comments after %s", step)
                    .isEqualTo(shares.stream()
                            .mapToInt(share -> share.commenters.size())
                            .sum());
        }
    }

    private void apply(Step step, List<Known> shares, boolean[] profile) {
        if (step instanceof Share share) {
            String actor = PEOPLE.get(share.actor());
            String channel = CHANNELS.get(share.channel());
            String person = PEOPLE.get(share.person());
            Card card = ask(actor, channel, share.withPerson() ? "me share <@" + person + ">" : "me share");
            boolean self = share.withPerson() && person.equals(actor); // refused: one's own checklist is one's own
            if (profile[share.actor()] && !self) {
                long id = buttons(card).stream()
                        .map(button -> button.id().arg(0))
                        .filter(command -> command.startsWith(OwnShares.UNSHARE_COMMAND + " "))
                        .map(command -> Long.parseLong(command.substring(OwnShares.UNSHARE_COMMAND.length() + 1)))
                        .findFirst()
                        .orElseThrow();
                shares.add(new Known(id, actor, share.withPerson() ? person : channel, !share.withPerson()));
            } else {
                assertThat(card.kind()).isEqualTo(Card.Kind.ERROR);
            }
        } else if (step instanceof Post post) {
            pick(shares, post.share()).ifPresent(share -> {
                String actor = PEOPLE.get(post.actor());
                String channel = CHANNELS.get(post.channel());
                as(actor, channel, Invocation.Origin.PUBLIC, "me shared " + share.id);
                if (share.alive && share.channel && share.owner.equals(actor) && share.viewer.equals(channel)) {
                    share.open = true;
                }
                String message = "M" + messages++;
                service.posted(
                        new Invocation(Platform.SLACK, "T1", channel, actor, "en", Invocation.Origin.PUBLIC),
                        "me shared " + share.id,
                        message);
                if (!share.alive) {
                    expectedGone.add(message); // recorded after the stop: taken down at once
                } else if (share.channel && share.open && share.viewer.equals(channel)) {
                    share.cards.add(message);
                }
            });
        } else if (step instanceof Comment comment) {
            pick(shares, comment.share()).ifPresent(share -> {
                String actor = PEOPLE.get(comment.actor());
                String channel = CHANNELS.get(comment.channel());
                ask(actor, channel, "me comment " + share.id + " canary Looks good");
                if (share.readable(actor, channel)) {
                    share.commenters.add(actor);
                }
            });
        } else if (step instanceof Unshare unshare) {
            pick(shares, unshare.share()).ifPresent(share -> {
                String actor = PEOPLE.get(unshare.actor());
                ask(actor, "C2", "me unshare " + share.id);
                if (share.owner.equals(actor)) {
                    revoke(share);
                }
            });
        } else if (step instanceof UnshareAll all) {
            String actor = PEOPLE.get(all.actor());
            ask(actor, "C1", "me unshare all");
            shares.stream().filter(share -> share.owner.equals(actor)).forEach(this::revoke);
        } else if (step instanceof Forget forget) {
            String actor = PEOPLE.get(forget.actor());
            ask(actor, "C2", "me forget confirm");
            profile[forget.actor()] = false;
            for (Known share : shares) {
                share.commenters.removeIf(actor::equals);
                if (share.owner.equals(actor) || share.viewer.equals(actor)) {
                    revoke(share);
                }
            }
        } else if (step instanceof Profile again) {
            ask(PEOPLE.get(again.actor()), "C1", "me sre senior");
            profile[again.actor()] = true;
        }
    }

    private void revoke(Known share) {
        if (share.alive) {
            expectedGone.addAll(share.cards);
        }
        share.alive = false;
        share.commenters.clear();
    }

    private static java.util.Optional<Known> pick(List<Known> shares, int index) {
        return shares.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(shares.get(index % shares.size()));
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> person = Arbitraries.integers().between(0, PEOPLE.size() - 1);
        Arbitrary<Integer> channel = Arbitraries.integers().between(0, CHANNELS.size() - 1);
        Arbitrary<Integer> share = Arbitraries.integers().between(0, 9);
        return Arbitraries.frequencyOf(
                        Tuple.of(
                                4,
                                net.jqwik.api.Combinators.combine(person, channel, person, Arbitraries.of(true, false))
                                        .as((a, c, p, w) -> (Step) new Share(a, c, p, w))),
                        Tuple.of(
                                3,
                                net.jqwik.api.Combinators.combine(person, share, channel)
                                        .as((a, i, c) -> (Step) new Post(a, i, c))),
                        Tuple.of(
                                3,
                                net.jqwik.api.Combinators.combine(person, share, channel)
                                        .as((a, i, c) -> (Step) new Comment(a, i, c))),
                        Tuple.of(
                                2,
                                net.jqwik.api.Combinators.combine(person, share)
                                        .as((a, i) -> (Step) new Unshare(a, i))),
                        Tuple.of(1, person.map(a -> (Step) new UnshareAll(a))),
                        Tuple.of(1, person.map(a -> (Step) new Forget(a))),
                        Tuple.of(1, person.map(a -> (Step) new Profile(a))))
                .list()
                .ofMinSize(1)
                .ofMaxSize(12);
    }

    @AfterProperty
    void close() {
        if (rig != null) {
            rig.close();
        }
    }

    private Card ask(String user, String channel, String text) {
        return as(user, channel, Invocation.Origin.COMMAND, text);
    }

    private Card as(String user, String channel, Invocation.Origin origin, String text) {
        return service.answer(new Invocation(Platform.SLACK, "T1", channel, user, "en", origin), text);
    }
}
