package org.gongkai.catalogue.guide;

/** 行使层级: the level of government that exercises the power. */
public enum ExerciseLevel {
    NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP, VILLAGE
}
