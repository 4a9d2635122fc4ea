package org.rocbap.survey.preference.entity;

import java.util.List;

/** The languages the WCO works in and the product speaks: English first, the default. */
public final class Languages {

    public static final String ENGLISH = "en";
    public static final List<String> SUPPORTED = List.of(ENGLISH, "fr");

    private Languages() {}
}
