package org.concord.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.concord.security.Role;

/**
 * The roles that may call a resource method (on the method, else on its class), as
 * {@link org.concord.security.AccessRules} says for the page the call mirrors; checked by
 * {@link TokenFilter} before the method runs. A resource without it is refused to everybody.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    Role[] value();
}
