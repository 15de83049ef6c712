package org.concord.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Concord's REST API lives under {@code /api}. */
@ApplicationPath("api")
public class ConcordApi extends Application {
}
