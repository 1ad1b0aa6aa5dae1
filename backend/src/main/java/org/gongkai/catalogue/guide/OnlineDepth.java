package org.gongkai.catalogue.guide;

/** 网上办理深度: I (information online) to IV (全程网办, fully online, no visit). */
public enum OnlineDepth {
    I, II, III, IV
}
