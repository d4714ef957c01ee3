package dev.skillbot.catalog;

/** Where the current catalog snapshot comes from; it may change between two calls. */
@FunctionalInterface
public interface CurrentCatalog {

    Catalog current();
}
