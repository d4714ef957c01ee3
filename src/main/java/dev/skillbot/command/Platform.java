package dev.skillbot.command;

/** Where an invocation came from. */
public enum Platform { SLACK, DISCORD, CLI }
