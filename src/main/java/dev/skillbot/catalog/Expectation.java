package dev.skillbot.catalog;

/** One cell of the matrix: what a role is expected to do at a level, and whether it is required. */
public record Expectation(String levelId, String roleId, String text, boolean required) {
}
