package org.concord.database;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.util.Nonbinding;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.transaction.Transactional;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.assessment.AssessmentService;
import org.concord.assessment.ResponseService;
import org.concord.campaign.CampaignService;
import org.concord.campaign.InvitationMailer;
import org.concord.campaign.InvitationService;
import org.concord.campaign.TeamService;
import org.concord.candidate.CandidateService;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.demo.DemoData;
import org.concord.interview.Instruments;
import org.concord.interview.InterviewService;
import org.concord.interview.ProfileService;
import org.concord.interview.SelfReportService;
import org.concord.privacy.CandidateRetention;
import org.concord.privacy.PrivacyService;
import org.concord.report.ReportArchive;
import org.concord.report.candidate.CandidateReports;
import org.concord.report.team.TeamReports;
import org.concord.results.CampaignResultsService;
import org.concord.results.OrganisationReportService;
import org.concord.results.TeamReportService;
import org.concord.results.TeamResultsIndex;
import org.concord.security.AccountService;
import org.concord.security.AuditTrail;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit.MockJpaInjectionServices;
import org.jboss.weld.junit.MockResourceInjectionServices;

/**
 * Concord's services as CDI beans (Weld SE, CDI 4.0 as in Payara 6) on a test database, for
 * tests that call a service as a page does and then look at what the database holds. The beans
 * get {@link Jpa#entityManager()} for their {@code @PersistenceContext}, the test's
 * {@link Clock}, the repository's {@code questionnaires/} folder, a scheduler for the managed
 * one, and the settings the test gives (report folder, SMTP server, norm minimum) as system
 * properties, which the server reads too and which are restored on {@link #close()}; every
 * {@code @Transactional} method runs through the {@link TransactionalInterceptor}.
 */
public final class Container implements AutoCloseable {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final List<Class<?>> BEANS = List.of(QuestionnaireLibrary.class, Instruments.class,
            AuditTrail.class, AccountService.class, Submissions.class, SubmissionTransactions.class,
            TeamService.class, CampaignService.class, InvitationService.class, InvitationMailer.class,
            AssessmentService.class, ResponseService.class, CampaignResultsService.class, TeamResultsIndex.class,
            TeamReportService.class, OrganisationReportService.class, CandidateService.class, ProfileService.class,
            SelfReportService.class, InterviewService.class, ReportArchive.class, TeamReports.class,
            CandidateReports.class, PrivacyService.class, CandidateRetention.class, DemoData.class);

    private final Map<String, String> replaced = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final WeldContainer weld;

    public Container(Jpa jpa, Clock clock) {
        this(jpa, clock, Map.of());
    }

    /** With {@code settings} (for example {@code concord.reports}) set while the container runs. */
    public Container(Jpa jpa, Clock clock, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of("concord.questionnaires", Path.of("questionnaires").toAbsolutePath().toString()));
        all.putAll(settings);
        all.forEach((name, value) -> replaced.put(name, System.setProperty(name, value)));
        weld = new Weld("concord-test-" + COUNT.incrementAndGet()).disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addBeanClasses(BEANS.toArray(Class<?>[]::new))
                .addBeanClass(TransactionalInterceptor.class)
                .addExtension(new Given(jpa, clock))
                .addServices(new MockJpaInjectionServices(null, injectionPoint -> jpa.entityManager()),
                        new MockResourceInjectionServices(Map.of("java:comp/DefaultManagedScheduledExecutorService", managed(scheduler))))
                .initialize();
    }

    /** The bean of {@code type}, as the server would inject it. */
    public <T> T get(Class<T> type) {
        return weld.select(type).get();
    }

    @Override
    public void close() {
        weld.shutdown();
        scheduler.shutdownNow();
        replaced.forEach((name, before) -> {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        });
    }

    /** The server's managed scheduler, as a plain one. */
    private static ManagedScheduledExecutorService managed(ScheduledExecutorService scheduler) {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(Container.class.getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, arguments) -> {
                    try {
                        return method.invoke(scheduler, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * The test's clock and persistence unit, as beans; and {@code @Transactional}'s transaction
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
        }
    }
}
