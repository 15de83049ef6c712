package org.concord.it;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import javax.sql.DataSource;
import org.concord.database.Container;

/**
 * Concord's services and persistence unit ({@link Container}) on the running server's own database, for browser tests that
 * need rows the pages of other features would make (submitted answers, before the respondent
 * pages exist) or that compute what a page must show with the same services.
 */
final class ServerJpa {

    private ServerJpa() {
    }

    static Container open(ConcordServer server) {
        DataSource dataSource = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        Connection connection = server.database();
                        return connection;
                    }
                    if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                        return method.getName().equals("isWrapperFor") ? false : null;
                    }
                    if (method.getName().equals("getLoginTimeout")) {
                        return 0;
                    }
                    return null;
                });
        return new Container(dataSource, Clock.systemUTC());
    }
}
