package org.ogichecker.model;

/** Whether the reporting body is a people's government (人民政府) or one of its departments. */
public enum BodyType {
    GOVERNMENT,
    DEPARTMENT,
    UNKNOWN
}
