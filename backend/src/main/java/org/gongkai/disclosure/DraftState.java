package org.gongkai.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where unpublished changes stand: being edited, or waiting for the confidentiality review (保密审查). */
@Schema(name = "DisclosureDraftState")
public enum DraftState { EDITING, IN_REVIEW }
