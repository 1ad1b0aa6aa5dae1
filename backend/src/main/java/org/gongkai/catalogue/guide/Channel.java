package org.gongkai.catalogue.guide;

/** 办理形式: at the service window, online, or by post/courier. */
public enum Channel {
    WINDOW, ONLINE, EXPRESS
}
