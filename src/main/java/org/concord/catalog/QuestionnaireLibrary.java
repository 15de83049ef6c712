package org.concord.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.PostConstruct;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.catalog.QuestionnaireSource;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.LoadResult;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The questionnaires this server offers, loaded and validated once at start-up from the
 * configured folder ({@code concord.questionnaires}) or else from the copy packaged in the
 * WAR. A broken file never stops the server: the others load, and the broken one is listed,
 * with its problems, for the administrator.
 */
@ApplicationScoped
public class QuestionnaireLibrary implements QuestionnaireSource {

    private static final Logger LOG = Logger.getLogger(QuestionnaireLibrary.class.getName());
    static final String PACKAGED = "questionnaires";

    /** The folder of questionnaire files; empty means the copy packaged in the application. */
    @Inject
    @ConfigProperty(name = "concord.questionnaires")
    private Optional<String> configuredFolder;

    private Path folder;
    private Catalog catalog;

    @PostConstruct
    void load() {
        folder = configuredFolder.map(Path::of).orElseGet(QuestionnaireLibrary::packagedFolder);
        catalog = QuestionnaireLoader.loadFolder(folder);
        LOG.info(() -> "Questionnaires from " + folder + ": " + catalog.all().size() + " loaded, "
                + catalog.broken().size() + " broken");
        catalog.problems().forEach(problem -> LOG.log(Level.WARNING, "{0}", problem));
    }

    /** Loads at the application's start, so that broken files are logged before anyone asks. */
    void loadAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        catalog.all();
    }

    /** The copy of {@code questionnaires/} the WAR carries in WEB-INF/classes (Payara deploys WARs exploded). */
    private static Path packagedFolder() {
        URL packaged = QuestionnaireLibrary.class.getClassLoader().getResource(PACKAGED);
        try {
            if (packaged == null) {
                throw new IllegalStateException("the application carries no " + PACKAGED + " folder");
            }
            return Path.of(packaged.toURI());
        } catch (URISyntaxException | FileSystemNotFoundException e) {
            throw new IllegalStateException("cannot read the packaged questionnaires at " + packaged
                    + "; set concord.questionnaires to a folder", e);
        }
    }

    /** Every questionnaire that loaded, by id then version. */
    public List<Questionnaire> all() {
        return catalog.all();
    }

    @Override
    public Optional<Questionnaire> find(String id, int version) {
        return catalog.find(id, version);
    }

    public Optional<Questionnaire> latest(String id) {
        return catalog.latest(id);
    }

    /** Every file read, loaded or broken, with its problems. */
    public List<LoadResult> files() {
        return catalog.results();
    }

    public Path folder() {
        return folder;
    }
}
