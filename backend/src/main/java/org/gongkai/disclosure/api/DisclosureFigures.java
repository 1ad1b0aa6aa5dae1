package org.gongkai.disclosure.api;

/** What a year's proactive disclosure amounts to, for the annual report: counted from the public records. */
public record DisclosureFigures(long published, long gazetteIssues, long gazetteDocuments, long npcReplies, long cppccReplies,
        long interpretedPolicyDocuments, long interpretations) {
}
