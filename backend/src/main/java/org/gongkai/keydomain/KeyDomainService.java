package org.gongkai.keydomain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.audit.AuditService;
import org.gongkai.common.DomainException;
import org.gongkai.common.EntityTags;
import org.gongkai.common.FieldError;
import org.gongkai.common.Writes;
import org.gongkai.keydomain.api.KeyDomainEdit;
import org.gongkai.keydomain.api.KeyDomainUpdate;
import org.gongkai.keydomain.api.KeyDomainView;
import org.gongkai.keydomain.api.SubItemView;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The key-domain column (政务公开重点工作): its 12 domains and their sub-items, and administrators' edits. */
@ApplicationScoped
public class KeyDomainService {

    public static final String TOPIC = "key-domains";
    static final String ENTITY = "key-domain";

    private final KeyDomainRepository domains;
    private final AuditService audit;
    private final Writes writes;
    private final Clock clock;

    public KeyDomainService(KeyDomainRepository domains, AuditService audit, Writes writes, Clock clock) {
        this.clock = clock;
        this.domains = domains;
        this.audit = audit;
        this.writes = writes;
    }

    @WithSession
    public Uni<List<KeyDomainView>> list() {
        return domains.inOrder().chain(list -> domains.items().map(items -> {
            Map<String, List<KeyDomainItem>> byDomain = items.stream().collect(Collectors.groupingBy(i -> i.domainCode));
            return list.stream().map(d -> view(d, byDomain.getOrDefault(d.code, List.of()))).toList();
        }));
    }

    /** Sub-item code → its domain's code, for features that file records under sub-items. */
    @WithSession
    public Uni<Map<String, String>> subItemDomains() {
        return domains.items().map(items -> items.stream().collect(Collectors.toMap(i -> i.code, i -> i.domainCode)));
    }

    @WithSession
    public Uni<KeyDomainEdit> getForEdit(String code) {
        return find(code).chain(d -> domains.items(code).map(items -> new KeyDomainEdit(view(d, items), d.lockVersion)));
    }

    public Uni<KeyDomainEdit> update(String code, String ifMatch, KeyDomainUpdate update) {
        return writes.commit(TOPIC, () -> find(code).chain(d -> {
            EntityTags.requireVersion(ifMatch, d.lockVersion);
            return domains.items(code).chain(existing -> {
                requireNoneRemoved(existing, update.subItems());
                d.name = update.name().strip();
                d.updatedAt = clock.instant();
                Map<String, KeyDomainItem> byCode = existing.stream().collect(Collectors.toMap(i -> i.code, i -> i));
                Uni<Void> chain = Uni.createFrom().voidItem();
                List<KeyDomainItem> ordered = new ArrayList<>();
                for (int i = 0; i < update.subItems().size(); i++) {
                    SubItemView s = update.subItems().get(i);
                    KeyDomainItem item = byCode.get(s.code());
                    int order = i + 1;
                    if (item == null) {
                        KeyDomainItem added = new KeyDomainItem();
                        added.code = s.code();
                        added.domainCode = code;
                        added.name = s.name().strip();
                        added.sortOrder = order;
                        ordered.add(added);
                        chain = chain.chain(() -> domains.item(added.code).chain(other -> {
                            if (other != null) {
                                throw new DomainException.Conflict("The sub-item code '" + added.code + "' belongs to another domain.");
                            }
                            return domains.persistItem(added);
                        }));
                    } else {
                        item.name = s.name().strip();
                        item.sortOrder = order;
                        ordered.add(item);
                    }
                }
                return chain
                        .call(() -> audit.record("key-domain.update", ENTITY, code, null,
                                Map.of("name", d.name, "subItems", ordered.stream().map(i -> i.code).toList())))
                        .call(domains::flush)
                        .map(ignored -> new KeyDomainEdit(view(d, ordered), d.lockVersion));
            });
        }));
    }

    private static void requireNoneRemoved(List<KeyDomainItem> existing, List<SubItemView> update) {
        Set<String> kept = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < update.size(); i++) {
            if (!kept.add(update.get(i).code())) {
                errors.add(new FieldError("subItems[" + i + "].code", "duplicate", "The sub-item '" + update.get(i).code() + "' is listed twice."));
            }
        }
        for (KeyDomainItem item : existing) {
            if (!kept.contains(item.code)) {
                errors.add(new FieldError("subItems", "sub-item-removed",
                        "The sub-item '" + item.code + "' (" + item.name + ") is missing: sub-items are renamed, never removed."));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.InvalidInput(errors);
        }
    }

    private Uni<KeyDomain> find(String code) {
        return domains.findById(code).onItem().ifNull().failWith(() -> new DomainException.NotFound("key domain", code));
    }

    private static KeyDomainView view(KeyDomain d, List<KeyDomainItem> items) {
        return new KeyDomainView(d.code, d.name, items.stream()
                .sorted(java.util.Comparator.comparingInt(i -> i.sortOrder))
                .map(i -> new SubItemView(i.code, i.name)).toList());
    }
}
