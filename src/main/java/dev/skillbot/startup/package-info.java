/**
 * What start-up prints when it fails: Spring Boot failure analyzers (registered in
 * {@code META-INF/spring.factories}) that name the environment variable to fix, with the cause, in
 * place of the stack trace.
 */
package dev.skillbot.startup;
