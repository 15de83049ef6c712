/**
 * What every area of the site uses: messages from the bundles and the one handler that turns a
 * refusal into a message beside its field, language selection, sign-in and password pages, the
 * paging table model, chart JSON, bad parameters, expired views and the error dispatch,
 * repeat-safe form keys.
 */
package org.concord.web.shared;
