package dev.skillbot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoWeekTest {

    @ParameterizedTest
    @CsvSource({
        // the same instant, Monday 2026-11-30 02:00 UTC, is still Sunday in New York and already Monday in Tokyo
        "2026-11-30T02:00:00Z, UTC,              2026-W48",
        "2026-11-30T02:00:00Z, America/New_York, 2026-W47",
        "2026-11-30T02:00:00Z, Asia/Tokyo,       2026-W48",
        "2026-11-29T23:30:00Z, UTC,              2026-W47",
        "2026-11-29T23:30:00Z, Europe/Berlin,    2026-W48",
        "2027-01-04T09:00:00Z, UTC,              2026-W53",
        "2026-01-05T09:00:00Z, UTC,              2026-W01",
    })
    void theWeekThatEndedDependsOnTheZone(String instant, String zone, String ended) {
        assertThat(IsoWeek.endedBy(Instant.parse(instant), ZoneId.of(zone))).hasToString(ended);
    }

    @Test
    void weeksRunFromMondayToMondayInTheirZone() {
        IsoWeek week = IsoWeek.parse("2026-W48");
        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(week.start(ZoneId.of("Asia/Shanghai"))).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
        assertThat(week.end(ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(week.contains(Instant.parse("2026-11-29T23:59:59Z"), ZoneId.of("UTC")))
                .isTrue();
        assertThat(week.contains(Instant.parse("2026-11-29T23:59:59Z"), ZoneId.of("Europe/Berlin")))
                .isFalse();
        assertThat(week.next()).hasToString("2026-W49");
        assertThat(IsoWeek.parse("2027-W01").previous()).hasToString("2026-W53");
    }

    @Test
    void badWeeksAreRefused() {
        assertThatThrownBy(() -> IsoWeek.parse("2026-48")).hasMessageContaining("2026-W48");
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> IsoWeek.parse("2026-W00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-W00 does not exist");
        assertThatThrownBy(() -> IsoWeek.parse("2026-W99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-W99 does not exist");
    }
}
