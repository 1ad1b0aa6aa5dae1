package org.gongkai.catalogue.guide;

/** 办件类型: decided on the spot (即办件) or within a promised time (承诺件). */
public enum HandlingKind {
    IMMEDIATE, COMMITTED
}
