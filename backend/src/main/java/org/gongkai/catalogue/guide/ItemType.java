package org.gongkai.catalogue.guide;

/** 事项类型: the fixed national list of item types. */
public enum ItemType {
    /** 行政许可 */ ADMINISTRATIVE_LICENSE,
    /** 行政确认 */ ADMINISTRATIVE_CONFIRMATION,
    /** 行政裁决 */ ADMINISTRATIVE_ADJUDICATION,
    /** 行政给付 */ ADMINISTRATIVE_PAYMENT,
    /** 行政奖励 */ ADMINISTRATIVE_REWARD,
    /** 行政备案 */ ADMINISTRATIVE_FILING,
    /** 其他行政权力 */ OTHER_ADMINISTRATIVE_POWER,
    /** 公共服务 */ PUBLIC_SERVICE,
    /** 行政处罚 (power-and-responsibility list only) */ ADMINISTRATIVE_PENALTY,
    /** 行政强制 */ ADMINISTRATIVE_COERCION,
    /** 行政征收 */ ADMINISTRATIVE_LEVY,
    /** 行政检查 */ ADMINISTRATIVE_INSPECTION
}
