package org.gongkai.catalogue.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.catalogue.guide.ServiceGuide;

/** A version with the guide as it was published then. */
@Schema(name = "VersionDetail")
public record VersionDetail(VersionSummary summary, ServiceGuide guide) {
}
