package org.concord.database;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.util.Nonbinding;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.transaction.Transactional;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.concord.assessment.AssessmentService;
import org.concord.assessment.PaperAnswerService;
import org.concord.assessment.ResponseService;
import org.concord.campaign.CampaignService;
import org.concord.campaign.InvitationMailer;
import org.concord.campaign.InvitationService;
import org.concord.campaign.TeamService;
import org.concord.candidate.CandidateService;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.config.Limits;
import org.concord.demo.DemoData;
import org.concord.interview.Instruments;
import org.concord.interview.InterviewReliabilityService;
import org.concord.interview.InterviewService;
import org.concord.interview.ProfileService;
import org.concord.interview.SelfReportService;
import org.concord.privacy.CandidateRetention;
import org.concord.privacy.PrivacyService;
import org.concord.report.ReportArchive;
import org.concord.report.candidate.CandidateReports;
import org.concord.report.ReportJobs;
import org.concord.report.ReportOrders;
import org.concord.report.ReportSubjects;
import org.concord.report.team.TeamReports;
import org.concord.results.CampaignResultsService;
import org.concord.results.OrganisationReportService;
import org.concord.results.TeamReportService;
import org.concord.results.TeamResultsIndex;
import org.concord.security.AccountService;
import org.concord.security.AuditTrail;
import org.concord.security.Passwords;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import java.util.Set;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.inject.ConfigExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit.MockJpaInjectionServices;
import org.jboss.weld.junit.MockResourceInjectionServices;

/**
 * Concord's services as CDI beans (Weld SE, CDI 4.0 as in Payara 6) on a test database, for
 * tests that call a service as a page does and then look at what the database holds. The beans
 * get their {@code @PersistenceContext} from the container's own {@link Jpa}, the test's
 * {@link Clock} (which it may move), a plain scheduler for the managed one, and MicroProfile
 * Config (SmallRye's, as the application's config while the container runs) with the
 * repository's {@code questionnaires/} folder and the settings the test gives (report folder,
 * SMTP server, norm minimum) above the usual sources; every {@code @Transactional} method runs
 * through the {@link TransactionalInterceptor}.
 */
public final class Container implements AutoCloseable {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final List<Class<?>> BEANS = List.of(QuestionnaireLibrary.class, Instruments.class,
            AuditTrail.class, AccountService.class, Submissions.class, SubmissionTransactions.class,
            TeamService.class, CampaignService.class, InvitationService.class, InvitationMailer.class,
            AssessmentService.class, ResponseService.class, PaperAnswerService.class, CampaignResultsService.class, TeamResultsIndex.class,
            TeamReportService.class, OrganisationReportService.class, CandidateService.class, ProfileService.class,
            SelfReportService.class, InterviewService.class, InterviewReliabilityService.class, ReportArchive.class, TeamReports.class,
            CandidateReports.class, PrivacyService.class, CandidateRetention.class, DemoData.class, Limits.class,
            Passwords.class, ClusterTurns.class, org.concord.security.ApiTokenService.class,
            ReportJobs.class, ReportSubjects.class, ReportOrders.class,
            org.concord.interview.CandidateStatuses.class, org.concord.interview.CandidateLinkMailer.class);

    private final Map<String, String> settings = new ConcurrentHashMap<>();
    private final Config config;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Jpa jpa;
    private final MovableClock clock;
    private final WeldContainer weld;

    public Container(DataSource database, Clock clock) {
        this(database, clock, Map.of());
    }

    /** With {@code settings} (for example {@code concord.reports}) set while the container runs. */
    public Container(DataSource database, Clock clock, Map<String, String> settings) {
        this.settings.put("concord.questionnaires", Path.of("questionnaires").toAbsolutePath().toString());
        this.settings.putAll(settings);
        config = new SmallRyeConfigBuilder().addDefaultSources()
                .withSources(new Settings(this.settings)).build();
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig());
        resolver.registerConfig(config, Thread.currentThread().getContextClassLoader());
        this.jpa = new Jpa(database);
        this.clock = new MovableClock(clock);
        weld = new Weld("concord-test-" + COUNT.incrementAndGet()).disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addBeanClasses(BEANS.toArray(Class<?>[]::new))
                .addBeanClass(TransactionalInterceptor.class)
                .addExtension(new Given(jpa, this.clock))
                .addExtension(new ConfigExtension())
                .addServices(new MockJpaInjectionServices(null, injectionPoint -> jpa.entityManager()),
                        new MockResourceInjectionServices(Map.of(
                                "java:comp/DefaultManagedScheduledExecutorService", managed(ManagedScheduledExecutorService.class, scheduler),
                                "java:comp/DefaultManagedExecutorService", managed(ManagedExecutorService.class, scheduler),
                                ConcordDatabase.JNDI_NAME, database)))
                .initialize();
    }

    /** The bean of {@code type}, as the server would inject it. */
    public <T> T get(Class<T> type) {
        return weld.select(type).get();
    }

    /** Runs {@code work} as {@link Jpa#inTransaction} does: the beans it calls join its transaction. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return jpa.inTransaction(work);
    }

    /** Changes the setting {@code name} while the container runs (read by beans made from now on, and on every read). */
    public void set(String name, String value) {
        settings.put(name, value);
    }

    /** Moves the beans' time to {@code clock}'s. */
    public void clock(Clock clock) {
        this.clock.now = clock;
    }

    @Override
    public void close() {
        weld.shutdown();
        scheduler.shutdownNow();
        jpa.close();
        ConfigProviderResolver.instance().releaseConfig(config);
    }

    /** The test's settings, read live (so that {@link #set} takes effect), above system properties and the environment. */
    private record Settings(Map<String, String> values) implements ConfigSource {

        @Override
        public Set<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public String getValue(String name) {
            return values.get(name);
        }

        @Override
        public String getName() {
            return "the test's settings";
        }

        @Override
        public int getOrdinal() {
            return 500;
        }
    }

    /** The clock the beans get: the test's, which it may change. */
    private static final class MovableClock extends Clock {

        private volatile Clock now;

        MovableClock(Clock now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return now.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return now.withZone(zone);
        }

        @Override
        public Instant instant() {
            return now.instant();
        }
    }

    /** The server's managed executor or scheduler, as the plain scheduler. */
    private static <T> T managed(Class<T> type, ScheduledExecutorService scheduler) {
        return type.cast(Proxy.newProxyInstance(Container.class.getClassLoader(),
                new Class<?>[] {type}, (proxy, method, arguments) -> {
                    try {
                        return method.invoke(scheduler, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    /**
     * The test's clock and persistence unit and the platform's PBKDF2 (Soteria's, as in Payara), as beans; and {@code @Transactional}'s transaction
     * type made non-binding, so that the one {@link TransactionalInterceptor} sees every type
     * (JTA implementations bind one interceptor per type instead).
     */
    public static final class Given implements Extension {

        private final Jpa jpa;
        private final Clock clock;

        Given(Jpa jpa, Clock clock) {
            this.jpa = jpa;
            this.clock = clock;
        }

        void anyType(@Observes BeforeBeanDiscovery discovery) {
            discovery.configureInterceptorBinding(Transactional.class).filterMethods(member -> member.getJavaMember().getName().equals("value"))
                    .forEach(member -> member.add(Nonbinding.Literal.INSTANCE));
        }

        void add(@Observes AfterBeanDiscovery discovery) {
            discovery.addBean().types(Clock.class, Object.class).scope(Dependent.class).createWith(context -> clock);
            discovery.addBean().types(Jpa.class, Object.class).scope(Dependent.class).createWith(context -> jpa);
            discovery.addBean().types(Pbkdf2PasswordHash.class, Object.class).scope(Dependent.class)
                    .createWith(context -> new Pbkdf2PasswordHashImpl());
        }
    }
}
