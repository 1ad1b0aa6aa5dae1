package org.gongkai.disclosure.api;

import java.time.LocalDate;

import org.gongkai.disclosure.RecordKind;
import org.gongkai.disclosure.Validity;

/** A published regulation or normative document: issued (成文) on, and since when no longer in force, if so. */
public record IssuedDocument(RecordKind kind, LocalDate issuedOn, Validity validity, LocalDate validUntil) {
}
