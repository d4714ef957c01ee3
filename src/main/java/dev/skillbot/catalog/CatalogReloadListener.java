package dev.skillbot.catalog;

/**
 * Hears every catalog reload after start-up, valid or not. In the application, each bean of this
 * type is one listener, taken in {@code @Order} (or {@link org.springframework.core.Ordered}) order;
 * each runs on a thread of its own, never under the reloader's lock, so it hears the reloads in
 * sequence and its slowness or failure reaches no other listener, no reload and no reader (see
 * {@link ReloadNotifier}).
 */
@FunctionalInterface
public interface CatalogReloadListener {

    void catalogReloaded(ReloadStatus status);
}
