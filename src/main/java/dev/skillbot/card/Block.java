package dev.skillbot.card;

/** A piece of card content. */
public sealed interface Block permits Section, Table, Diff, Document {}
