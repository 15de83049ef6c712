package org.concord.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.questionnaire.LoadResult;
import org.concord.questionnaire.Questionnaire;

/**
 * Backs the questionnaire catalog (every instrument in its latest version, the one Concord
 * gives out, with its scales, item counts, languages, source and licence; earlier versions stay
 * loaded for the answers made of them) and the administrator's list of questionnaire files with
 * their problems.
 */
@Named
@RequestScoped
public class CatalogPage {

    @Inject
    private QuestionnaireLibrary library;

    /** Each instrument once, in its latest version, by id. */
    public List<Questionnaire> getQuestionnaires() {
        return library.all().stream().map(Questionnaire::id).distinct()
                .map(id -> library.latest(id).orElseThrow()).toList();
    }

    public List<LoadResult> getFiles() {
        return library.files();
    }

    public String getFolder() {
        return library.folder().toString();
    }

    public long getBrokenCount() {
        return library.files().stream().filter(file -> !file.ok()).count();
    }
}
