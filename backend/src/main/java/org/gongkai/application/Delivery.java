package org.gongkai.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the applicant receives it (Art. 29). */
@Schema(name = "ApplicationDelivery")
public enum Delivery { POST, PICK_UP, EMAIL, ONLINE }
