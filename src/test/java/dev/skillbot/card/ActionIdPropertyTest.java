package dev.skillbot.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every id the codec writes reads back as the same action and arguments, whatever they hold, and no string makes
 * decoding throw. */
class ActionIdPropertyTest {

    @Property(tries = 3000)
    void everyEncodedIdDecodesToItself(
            @ForAll ActionId.Action action,
            @ForAll("arguments") List<String> leading,
            @ForAll("lastArgument") String last) {
        List<String> args = new ArrayList<>(leading);
        args.add(last);
        ActionId id = new ActionId(action, args);

        assertThat(ActionId.decode(id.encode())).contains(id);
    }

    @Property(tries = 3000)
    void anyStringDecodesOrIsRefusedWithoutThrowing(@ForAll("anyId") String encoded) {
        assertThat(ActionId.decode(encoded)).isNotNull();
    }

    @Provide
    Arbitrary<List<String>> arguments() {
        return Arbitraries.strings()
                .withChars("abc-z 9:é%3A5")
                .ofMaxLength(12)
                .list()
                .ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> lastArgument() {
        return Arbitraries.strings().withChars("abc-z 9:é%3A5").ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> anyId() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings()
                        .withChars("sb1:showpickx ")
                        .ofMaxLength(30)
                        .map(tail -> "sb1:" + tail));
    }
}
