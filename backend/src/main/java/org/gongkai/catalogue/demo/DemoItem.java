package org.gongkai.catalogue.demo;

import java.util.List;
import java.util.UUID;

/**
 * One demo catalogue item: stable identity and codes, the implementing department, and its published
 * versions, oldest first (at least one).
 */
public record DemoItem(UUID id, String implementationCode, String basicCode, String departmentCode, List<DemoVersion> versions) {

    public DemoItem {
        versions = List.copyOf(versions);
    }
}
