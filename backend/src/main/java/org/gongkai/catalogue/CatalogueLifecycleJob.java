package org.gongkai.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.security.AuditTrail;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Puts scheduled suspensions, cancellations and resumptions into effect on their date. */
@ApplicationScoped
public class LifecycleScheduler {

    private static final Logger LOG = Logger.getLogger(LifecycleScheduler.class);

    private final ServiceItemRepository items;
    private final ServiceItemEditor editor;
    private final AuditTrail audit;
    private final CatalogueChanges changes;
    private final Clock clock;

    public LifecycleScheduler(ServiceItemRepository items, ServiceItemEditor editor, AuditTrail audit, CatalogueChanges changes,
            Clock clock) {
        this.items = items;
        this.editor = editor;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Scheduled(every = "${gongkai.lifecycle.check-every:10m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> applyDueChanges() {
        LocalDate today = LocalDate.now(clock);
        return changes.after(Panache.withTransaction(() -> items.dueForScheduledChange(today)
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(item -> editor.applySchedule(item, AuditTrail.SYSTEM)
                        .call(version -> audit.recordSystem("service.status.apply", ServiceItemEditor.ENTITY, item.id.toString(),
                                item.departmentCode, Map.of("status", version.status.name(), "version", version.version))))
                .collect().asList()))
                .invoke(applied -> {
                    if (!applied.isEmpty()) {
                        LOG.infof("Applied %d scheduled status change(s)", applied.size());
                    }
                })
                .replaceWithVoid();
    }
}
