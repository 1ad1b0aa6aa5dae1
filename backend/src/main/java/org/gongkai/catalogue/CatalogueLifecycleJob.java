package org.gongkai.catalogue;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Puts scheduled suspensions, cancellations and resumptions into effect on their date. */
@ApplicationScoped
public class CatalogueLifecycleJob {

    private static final Logger LOG = Logger.getLogger(CatalogueLifecycleJob.class);

    private final StaffCatalogueService catalogue;

    public CatalogueLifecycleJob(StaffCatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Scheduled(every = "${gongkai.lifecycle.check-every:10m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> applyDueChanges() {
        return catalogue.applyDueSchedules().invoke(applied -> {
            if (applied > 0) {
                LOG.infof("Applied %d scheduled status change(s)", applied);
            }
        }).replaceWithVoid();
    }
}
