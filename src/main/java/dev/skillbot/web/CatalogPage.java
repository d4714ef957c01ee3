package dev.skillbot.web;

import java.util.List;

/** The catalog page: every domain with its skills. */
public record CatalogPage(Page page, String counts, List<DomainSkills> domains) {

    public record DomainSkills(String id, String name, String count, List<Entry> skills) {}

    public record Entry(String id, ContentText.Text name, ContentText.Text group) {}
}
