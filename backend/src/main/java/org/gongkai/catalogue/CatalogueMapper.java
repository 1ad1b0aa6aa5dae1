package org.gongkai.catalogue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.gongkai.catalogue.api.AdminServiceSummary;
import org.gongkai.catalogue.api.AdminServiceView;
import org.gongkai.catalogue.api.AdminVersionSummary;
import org.gongkai.catalogue.api.DepartmentRef;
import org.gongkai.catalogue.api.ScheduledChange;
import org.gongkai.catalogue.api.ServiceDetail;
import org.gongkai.catalogue.api.ServiceSummary;
import org.gongkai.catalogue.api.VersionSummary;
import org.gongkai.catalogue.guide.Audience;
import org.gongkai.catalogue.guide.ItemType;
import org.gongkai.catalogue.guide.OnlineDepth;
import org.gongkai.search.Fragment;

/** Entities and query rows to API records: the only place that knows both. */
final class CatalogueMapper {

    private CatalogueMapper() {
    }

    static ServiceSummary summary(ServiceItemRepository.Row r, String searchQuery) {
        return new ServiceSummary(r.id(), r.implementationCode(), r.name(), new DepartmentRef(r.departmentCode(), r.departmentName()),
                ItemType.valueOf(r.type()), Audience.valueOf(r.audience()),
                r.onlineDepth() == null ? null : OnlineDepth.valueOf(r.onlineDepth()), r.visits(), r.promisedDays(), r.themes(),
                ItemStatus.valueOf(r.status()), r.version(), r.publishedAt(),
                schedule(r.scheduledStatus() == null ? null : ItemStatus.valueOf(r.scheduledStatus()), r.scheduledOn(), r.scheduledNote()),
                r.demo(), searchQuery == null ? null : Fragment.find(r.textWindow(), searchQuery));
    }

    static AdminServiceSummary adminSummary(ServiceItemRepository.Row r) {
        return new AdminServiceSummary(r.id(), r.implementationCode(), r.name(), new DepartmentRef(r.departmentCode(), r.departmentName()),
                ItemType.valueOf(r.type()), ItemStatus.valueOf(r.status()), r.version(), r.publishedAt(), r.hasDraft(), r.draftUpdatedAt(),
                schedule(r.scheduledStatus() == null ? null : ItemStatus.valueOf(r.scheduledStatus()), r.scheduledOn(), r.scheduledNote()),
                r.lockVersion());
    }

    static ServiceDetail detail(ServiceItemVersionRepository.Current c) {
        return new ServiceDetail(c.id(), c.implementationCode(), c.basicCode(), new DepartmentRef(c.departmentCode(), c.departmentName()),
                ItemStatus.valueOf(c.status()), c.version(), c.publishedAt(),
                schedule(c.scheduledStatus() == null ? null : ItemStatus.valueOf(c.scheduledStatus()), c.scheduledOn(), c.scheduledNote()),
                c.demo(), c.guide());
    }

    static AdminServiceView admin(ServiceItem item, ServiceItemVersion current, String departmentName) {
        return new AdminServiceView(item.id, item.implementationCode, item.basicCode, new DepartmentRef(item.departmentCode, departmentName),
                item.status, item.currentVersion, time(item.publishedAt), schedule(item), item.draft, time(item.draftUpdatedAt),
                item.draftUpdatedBy, current == null ? null : current.guide, item.lockVersion, item.demo);
    }

    static VersionSummary version(ServiceItemVersion v) {
        return new VersionSummary(v.version, v.state, v.status, time(v.publishedAt), v.changeNote,
                v.changedSections == null ? List.of() : Arrays.asList(v.changedSections));
    }

    static AdminVersionSummary adminVersion(ServiceItemVersion v) {
        return new AdminVersionSummary(version(v), v.publishedBy);
    }

    static ScheduledChange schedule(ServiceItem item) {
        return schedule(item.scheduledStatus, item.scheduledOn, item.scheduledNote);
    }

    private static ScheduledChange schedule(ItemStatus status, java.time.LocalDate on, String note) {
        return status == null ? null : new ScheduledChange(status, on, note);
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
