package org.gongkai.catalogue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.gongkai.catalogue.guide.ServiceGuide;

/** Reads a guide as text: the lines that search indexes, and the sections that differ between two guides. */
final class GuideText {

    private GuideText() {
    }

    /** The guide's searchable text, one line per entry, in reading order (name first). */
    static String searchable(ServiceGuide g) {
        List<String> lines = new ArrayList<>();
        add(lines, g.name());
        add(lines, g.mainItem());
        if (g.handling() != null) {
            addAll(lines, g.handling().conditions(), Function.identity());
            add(lines, g.handling().specialProcedures());
            add(lines, g.handling().location());
        }
        if (g.materials() != null) {
            g.materials().forEach(m -> {
                add(lines, m.name());
                add(lines, m.notes());
            });
        }
        if (g.steps() != null) {
            g.steps().forEach(s -> add(lines, join(s.name(), s.description())));
        }
        if (g.fees() != null) {
            addAll(lines, g.fees().items(), f -> join(f.name(), f.standard()));
        }
        if (g.result() != null) {
            add(lines, g.result().name());
        }
        if (g.faq() != null) {
            g.faq().forEach(f -> {
                add(lines, f.question());
                add(lines, f.answer());
            });
        }
        if (g.authority() != null) {
            addAll(lines, g.authority().legalBasis(), b -> join(b.title(), b.provision()));
        }
        addAll(lines, g.intermediaryServices(), Function.identity());
        return String.join("\n", lines);
    }

    /** Top-level sections whose content differs, in the guide's own order (records and lists compare by value). */
    static List<String> changedSections(ServiceGuide before, ServiceGuide after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : ServiceGuide.class.getRecordComponents()) {
            if (!Objects.equals(section(component, before), section(component, after))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static Object section(RecordComponent component, ServiceGuide guide) {
        try {
            return guide == null ? null : component.getAccessor().invoke(guide);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? a : a + "：" + b;
    }

    private static void add(List<String> lines, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(text.replace('\n', ' '));
        }
    }

    private static <T> void addAll(List<String> lines, List<T> items, Function<T, String> text) {
        if (items != null) {
            items.forEach(item -> add(lines, text.apply(item)));
        }
    }
}
