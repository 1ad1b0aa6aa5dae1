package org.gongkai.disclosure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The forms of a policy interpretation (解读). */
@Schema(description = "TEXT 文字解读; GRAPHIC 图解; VIDEO 视频解读; INTERVIEW 访谈.")
public enum InterpretationForm { TEXT, GRAPHIC, VIDEO, INTERVIEW }
