package org.gongkai.catalogue.guide;

/** 服务对象: natural persons (自然人), legal persons (法人) or both. */
public enum Audience {
    PERSON, LEGAL_ENTITY, BOTH;

    /** Whether an item for this audience serves the given one (BOTH serves everybody). */
    public boolean serves(Audience wanted) {
        return this == BOTH || wanted == BOTH || this == wanted;
    }
}
