package org.gongkai.application.api;

/** An extension asked for and awaiting the office head's decision. */
public record ExtensionPending(int workingDays, String reason, String requestedBy) {
}
