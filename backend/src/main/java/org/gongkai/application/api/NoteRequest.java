package org.gongkai.application.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An internal note of the office on a case. */
public record NoteRequest(@NotBlank @Size(max = 5000) String note) {
}
