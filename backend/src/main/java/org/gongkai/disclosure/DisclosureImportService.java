package org.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.gongkai.audit.AuditService;
import org.gongkai.common.Clocks;
import org.gongkai.common.DomainException;
import org.gongkai.common.FieldError;
import org.gongkai.common.Writes;
import org.gongkai.department.DepartmentService;
import org.gongkai.department.api.DepartmentView;
import org.gongkai.disclosure.content.DisclosureContent;
import org.gongkai.keydomain.KeyDomainService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Brings records into the disclosure catalogue through the publication path, dated as given (the demo
 * catalogue; later, a migration from another system). Each record gets its 索引号 for its department and
 * the year it was created, passes the checks a submission passes ({@link DisclosureRules} and the
 * references it makes), and is published as version 1 by its publisher and cleared by another person.
 * The system acts: no scope, an audit entry per record. Interpretations and replacements come after the
 * records they point at.
 */
@ApplicationScoped
public class DisclosureImportService {

    /** Records per transaction: every flush checks every entity of its session, so one session for all would be quadratic. */
    static final int BATCH = 50;
    static final String NOTE = "首次发布";

    private final DisclosureRecordRepository records;
    private final DisclosureVersionRepository versions;
    private final DisclosureService disclosures;
    private final IndexNumbers indexNumbers;
    private final DepartmentService departments;
    private final KeyDomainService keyDomains;
    private final AuditService audit;
    private final Writes writes;
    private final Validator validator;

    public DisclosureImportService(DisclosureRecordRepository records, DisclosureVersionRepository versions, DisclosureService disclosures,
            IndexNumbers indexNumbers, DepartmentService departments, KeyDomainService keyDomains, AuditService audit, Writes writes,
            Validator validator) {
        this.records = records;
        this.versions = versions;
        this.disclosures = disclosures;
        this.indexNumbers = indexNumbers;
        this.departments = departments;
        this.keyDomains = keyDomains;
        this.audit = audit;
        this.writes = writes;
        this.validator = validator;
    }

    @WithSession
    public Uni<Boolean> isEmpty() {
        return records.count().map(n -> n == 0);
    }

    /**
     * Imports the records, those that point at others after them, and answers how many were imported.
     *
     * @param publisher who the versions name as publisher (and the records as author)
     * @param approver who cleared them in the confidentiality review: someone other than the publisher
     */
    public Uni<Integer> importPublished(List<DisclosureImport> imports, String publisher, String approver, boolean demo) {
        List<DisclosureImport> ordered = imports.stream().map(DisclosureImportService::checked)
                .sorted(Comparator.comparingInt(DisclosureImportService::pointsAtOthers)).toList();
        return departments.list().chain(directory -> keyDomains.subItemDomains().chain(domains -> {
            Map<String, DepartmentView> byCode = directory.stream().collect(Collectors.toMap(DepartmentView::code, d -> d));
            return writes.commit(DisclosureService.TOPIC, () -> reserveNumbers(ordered, byCode)).chain(numbers -> {
                List<List<DisclosureImport>> batches = new ArrayList<>();
                for (int i = 0; i < ordered.size(); i += BATCH) {
                    batches.add(ordered.subList(i, Math.min(ordered.size(), i + BATCH)));
                }
                return Multi.createFrom().iterable(batches)
                        .onItem().transformToUniAndConcatenate(batch -> writes.commit(DisclosureService.TOPIC, () -> Multi.createFrom().iterable(batch)
                                .onItem().transformToUniAndConcatenate(row -> importOne(row, numbers.get(row.id()), domains, publisher, approver, demo))
                                .collect().asList().map(List::size)))
                        .collect().asList().map(sizes -> sizes.stream().mapToInt(Integer::intValue).sum());
            });
        }));
    }

    /** 0 for a record that points at no other, 1 for a replacement, 2 for an interpretation (which may interpret a replacement). */
    private static int pointsAtOthers(DisclosureImport row) {
        return row.content().interprets() != null ? 2 : row.content().supersedes() != null ? 1 : 0;
    }

    /** The shape a request body would have been checked for (bean validation), and what an import needs besides. */
    private static DisclosureImport checked(DisclosureImport row) {
        if (row.id() == null || row.departmentCode() == null || row.kind() == null || row.createdAt() == null || row.content() == null) {
            throw new IllegalArgumentException("An imported record has an id, a department, a kind, a creation time and content: " + row.id());
        }
        if (row.stageOrPublished() == DisclosureImport.Stage.PUBLISHED && row.publishedAt() == null) {
            throw new IllegalArgumentException("Record " + row.id() + " is published but says not when.");
        }
        return row;
    }

    /**
     * The 索引号 of every record, taken per department and year of creation in one statement each, and given in order of
     * creation (so a department's numbers of a year follow its calendar, whatever the order of the import).
     */
    private Uni<Map<UUID, String>> reserveNumbers(List<DisclosureImport> rows, Map<String, DepartmentView> directory) {
        Map<String, List<DisclosureImport>> groups = new LinkedHashMap<>();
        for (DisclosureImport row : rows) {
            if (!directory.containsKey(row.departmentCode())) {
                throw new DomainException.InvalidInput("departmentCode", "unknown", "No department with code '" + row.departmentCode() + "'.");
            }
            groups.computeIfAbsent(row.departmentCode() + "/" + year(row.createdAt()), k -> new ArrayList<>()).add(row);
        }
        Map<UUID, String> numbers = new HashMap<>();
        return Multi.createFrom().iterable(groups.values()).onItem().transformToUniAndConcatenate(group -> {
            DepartmentView d = directory.get(group.get(0).departmentCode());
            String prefix = d.creditCode() == null || d.creditCode().isBlank() ? d.code() : d.creditCode();
            List<DisclosureImport> byCreation = group.stream()
                    .sorted(Comparator.comparing(DisclosureImport::createdAt).thenComparing(DisclosureImport::id)).toList();
            return indexNumbers.reserve(d.code(), prefix, year(group.get(0).createdAt()), group.size()).invoke(list -> {
                for (int i = 0; i < list.size(); i++) {
                    numbers.put(byCreation.get(i).id(), list.get(i));
                }
            });
        }).collect().asList().replaceWith(numbers);
    }

    private Uni<DisclosureRecord> importOne(DisclosureImport row, String number, Map<String, String> domains, String publisher, String approver,
            boolean demo) {
        DisclosureContent content = row.content().withBody(HtmlBody.clean(row.content().body()));
        requireValid(row, content);
        DisclosureImport.Stage stage = row.stageOrPublished();
        boolean lapsed = stage == DisclosureImport.Stage.PUBLISHED && content.validity() != null && content.validity() != Validity.VALID;
        // a record that lapsed since is published in force, then marked expired or repealed on its date
        DisclosureContent first = lapsed ? content.withValidity(Validity.VALID, null) : content;
        DisclosureRecord r = DisclosureRecord.create(row.id(), number, row.departmentCode(), row.kind(), first, domains, publisher, row.createdAt());
        r.demo = demo;
        Uni<Integer> work;
        if (stage == DisclosureImport.Stage.DRAFT) {
            work = records.persist(r).replaceWith(0);
        } else {
            work = rulesMet(r, content, domains.keySet()).chain(() -> {
                if (stage == DisclosureImport.Stage.IN_REVIEW) {
                    r.submit(NOTE, publisher, row.createdAt());
                    return records.persist(r).replaceWith(0);
                }
                DisclosureVersion v1 = r.publishImported(NOTE, publisher, approver, domains, row.publishedAt());
                return records.persist(r).chain(() -> versions.persist(v1))
                        .chain(() -> lapsed ? lapse(r, v1, content, domains, publisher) : Uni.createFrom().item(v1))
                        .call(() -> content.supersedes() == null ? Uni.createFrom().voidItem()
                                : records.findById(content.supersedes()).invoke(old -> old.supersededBy(r.id, row.publishedAt())))
                        .map(v -> v.version);
            });
        }
        return work.call(version -> {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("indexNumber", r.indexNumber);
            detail.put("kind", r.kind.name());
            detail.put("stage", stage.name());
            detail.put("version", version);
            return audit.recordSystem("disclosure.import", DisclosureService.ENTITY, r.id.toString(), r.departmentCode, detail);
        }).replaceWith(r);
    }

    /** Version 2: the same text, marked expired or repealed from the start of its {@code validUntil} day. */
    private Uni<DisclosureVersion> lapse(DisclosureRecord r, DisclosureVersion v1, DisclosureContent content, Map<String, String> domains,
            String actor) {
        Instant on = content.validUntil().atTime(LocalTime.of(9, 0)).atZone(Clocks.CITY_ZONE).toInstant();
        String note = content.validity() == Validity.EXPIRED ? "有效期届满，自" + content.validUntil() + "起失效" : "经清理，自" + content.validUntil() + "起废止";
        DisclosureVersion v2 = r.changeValidity(v1, content.validity(), content.validUntil(), note, domains, actor, on);
        return versions.flush().chain(() -> versions.persist(v2)).replaceWith(v2);
    }

    private Uni<Void> rulesMet(DisclosureRecord r, DisclosureContent content, Set<String> knownSubItems) {
        return disclosures.publicationErrors(r, content, knownSubItems).invoke(errors -> {
            if (!errors.isEmpty()) {
                throw new DomainException.RuleViolation("Imported record " + r.id + " (" + r.title + ") does not meet the publication rules: "
                        + errors.stream().map(e -> e.field() + " " + e.code()).collect(Collectors.joining(", ")), errors);
            }
        }).replaceWithVoid();
    }

    private void requireValid(DisclosureImport row, DisclosureContent content) {
        Set<ConstraintViolation<DisclosureContent>> violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new DomainException.InvalidInput(violations.stream().map(v -> new FieldError(v.getPropertyPath().toString(), "invalid",
                    "Imported record " + row.id() + ": " + v.getMessage())).toList());
        }
    }

    private static int year(Instant at) {
        return LocalDate.ofInstant(at, Clocks.CITY_ZONE).getYear();
    }
}
