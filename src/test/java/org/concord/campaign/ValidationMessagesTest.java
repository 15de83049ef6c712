package org.concord.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.MessageInterpolator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.concord.candidate.Candidate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Bean Validation constraints of entities and of the campaign form, with their messages from
 * {@code ValidationMessages} in English and French, as Faces shows them beside an input in the
 * reader's language (the same limits as the entities' own checks).
 */
class ValidationMessagesTest {

    private static ValidatorFactory factory;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static Validator in(Locale locale) {
        MessageInterpolator standard = factory.getMessageInterpolator();
        return factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return standard.interpolate(template, context, locale);
            }
        }).getValidator();
    }

    private static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
    }

    @Test
    void theCampaignFormSaysWhatIsWrongBesideEachFieldInTheReadersLanguage() {
        CampaignForm form = new CampaignForm();
        form.setName("C".repeat(201));
        form.setWaveLabel(" ");
        form.setMinGroupSize(2);
        assertEquals(List.of("minGroupSize: The anonymity threshold is at least 3 respondents.",
                "name: At most 200 characters: please shorten it.", "waveLabel: This is required."),
                messages(in(Locale.ENGLISH).validate(form)));
        assertEquals(List.of("minGroupSize: Le seuil d'anonymat est d'au moins 3 répondants.",
                "name: Au plus 200 caractères : merci de raccourcir.", "waveLabel: Ce champ est obligatoire."),
                messages(in(Locale.FRENCH).validate(form)));
    }

    @Test
    void entitiesDeclareTheLimitsTheirColumnsHave() {
        Validator french = in(Locale.FRENCH);
        assertEquals(List.of("headcount: Un effectif compte au moins 1 personne."),
                messages(french.validateValue(Team.class, "headcount", 0)));
        assertEquals(List.of(), messages(french.validateValue(Team.class, "headcount", null)), "no head count: the members count");
        assertEquals(List.of("email: Ce n'est pas une adresse e-mail."),
                messages(french.validateValue(TeamMember.class, "email", "not an address")));
        assertEquals(List.of("name: Au plus 200 caractères : merci de raccourcir."),
                messages(french.validateValue(Candidate.class, "name", "x".repeat(201))));
        assertEquals(List.of("retentionDays: Data is kept between 1 and 3650 days."),
                messages(in(Locale.ENGLISH).validateValue(Candidate.class, "retentionDays", 3651)));
        assertEquals(List.of(), messages(french.validateValue(Campaign.class, "name", "x".repeat(200))));
    }

    @Test
    void everyValidationMessageIsInEnglishAndFrench() throws IOException {
        assertEquals(keys("ValidationMessages.properties"), keys("ValidationMessages_fr.properties"));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
