package org.gongkai.common;

import io.smallrye.mutiny.Uni;

/**
 * Keeps a derived copy of stored data (a read cache, later a search index) in step: told after every
 * committed write what changed. Implemented by the features that keep such copies.
 */
public interface ChangeListener {

    /** @param topic what changed, in the writing feature's words (e.g. {@code "catalogue"}) */
    Uni<Void> changed(String topic);
}
