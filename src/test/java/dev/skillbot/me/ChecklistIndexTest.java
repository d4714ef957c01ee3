package dev.skillbot.me;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skillbot.catalog.Catalog;
import dev.skillbot.catalog.Level;
import dev.skillbot.catalog.Role;
import dev.skillbot.testing.FixtureCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistIndexTest {

    private final ChecklistIndex index = new ChecklistIndex();
    private final Catalog first = FixtureCatalog.load("rev-1");
    private final Catalog second = FixtureCatalog.load("rev-2");
    private final Role sre = first.roleByAlias("sre").orElseThrow();
    private final Level senior = first.levelByAlias("senior").orElseThrow();
    private final Level lead = first.next(senior).orElseThrow();

    @Test
    void aChecklistIsComputedOncePerRevision() {
        PromotionChecklist asked = index.get(first, sre, senior, lead);

        assertThat(index.get(first, sre, senior, lead)).isSameAs(asked);
        assertThat(index.get(second, sre, senior, lead)).isNotSameAs(asked).isEqualTo(asked);
    }

    @Test
    void aRefreshComputesForTheNewRevisionWhatWasAskedAndForgetsTheOldRevision() {
        index.get(first, sre, senior, lead);

        index.refresh(second);

        assertThat(index.computed(second, sre, senior, lead)).isPresent();
        assertThat(index.computed(first, sre, senior, lead)).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void aRefreshComputesNothingThatWasNeverAsked() {
        index.refresh(second);

        List<Level> levels = second.levels();
        for (Role role : second.roles()) {
            for (int i = 0; i + 1 < levels.size(); i++) {
                assertThat(index.computed(second, role, levels.get(i), levels.get(i + 1)))
                        .isEmpty();
            }
        }
        assertThat(index.size()).isZero();
    }

    @Test
    void aChecklistWhoseRoleIsGoneAfterTheReloadIsDropped() {
        Role gone = new Role("gone", "G", sre.labels(), List.of());
        index.get(first, gone, senior, lead);

        index.refresh(second);

        assertThat(index.size()).isZero();
    }
}
