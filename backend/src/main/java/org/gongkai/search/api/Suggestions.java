package org.gongkai.search.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchSuggestions", description = "Titles that match what has been typed so far, newest first.")
public record Suggestions(@Schema(examples = "[\"建设工程规划许可证核发\"]") List<String> titles) {
}
