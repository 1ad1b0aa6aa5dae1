package org.gongkai.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a case stands. */
@Schema(name = "ApplicationState", description = "RECEIVED 已收到; AWAITING_CORRECTION 待补正; IN_PROGRESS 办理中; IN_CONSULTATION 征求意见中 (clock paused); AWAITING_FEE 待缴费 (clock paused); "
        + "REPLIED 已答复; CLOSED 已终止 (e.g. not corrected in time); WITHDRAWN 申请人撤回.")
public enum RequestState {
    RECEIVED, AWAITING_CORRECTION, IN_PROGRESS, IN_CONSULTATION, AWAITING_FEE, REPLIED, CLOSED, WITHDRAWN;

    public boolean isOpen() {
        return this != REPLIED && this != CLOSED && this != WITHDRAWN;
    }
}
