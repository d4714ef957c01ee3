package dev.skillbot.card;

import java.util.List;

/** Something a user can click or choose. */
public sealed interface Control permits Button, Select, LinkButton, Choices {

    List<ActionId> actionIds();
}
