package org.gongkai.application.api;

/** A document of the reply, to download. */
public record DocumentRef(int position, String fileName, String mediaType, long size) {
}
