/**
 * Concord's HTTP endpoints outside Faces: the Jakarta REST application and the health resource
 * (database reachable, schema version). The REST API of later work lives here, over the same
 * services and the same disclosure gate as the pages.
 */
package org.concord.api;
