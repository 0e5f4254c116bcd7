package org.assessor.serving;

/** Where a methodology stands: serving its last valid version, being rebuilt, or its last build failed. */
public enum Status {
    LOADING, SERVING, FAILED
}
