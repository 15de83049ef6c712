package org.concord.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.assessment.QuestionnaireSource;
import org.concord.config.Settings;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.LoadResult;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;

/**
 * The questionnaires this server offers, loaded and validated once at start-up from the
 * configured folder ({@code concord.questionnaires}) or else from the copy packaged in the
 * WAR. A broken file never stops the server: the others load, and the broken one is listed,
 * with its problems, for the administrator.
 */
@ApplicationScoped
public class QuestionnaireLibrary implements QuestionnaireSource {

    private static final Logger LOG = Logger.getLogger(QuestionnaireLibrary.class.getName());
    static final String PACKAGED = "/WEB-INF/questionnaires";

    private Path folder;
    private Catalog catalog;

    /** The web application's start: its payload is the servlet context that knows where the WAR lies. */
    void loadAtStartup(@Observes @Initialized(ApplicationScoped.class) ServletContext servletContext) {
        folder = Settings.questionnaireFolder().orElseGet(() -> Path.of(servletContext.getRealPath(PACKAGED)));
        catalog = QuestionnaireLoader.loadFolder(folder);
        LOG.info(() -> "Questionnaires from " + folder + ": " + catalog.all().size() + " loaded, "
                + catalog.broken().size() + " broken");
        catalog.problems().forEach(problem -> LOG.log(Level.WARNING, "{0}", problem));
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
