package org.gongkai.catalogue.demo;

import java.time.Instant;

import org.gongkai.catalogue.guide.ServiceGuide;

/** One published version of a demo item: the guide, what changed, when and by whom it was published. */
public record DemoVersion(ServiceGuide guide, String changeNote, Instant publishedAt, String publishedBy) {
}
