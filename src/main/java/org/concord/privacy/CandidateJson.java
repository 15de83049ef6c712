package org.concord.privacy;

import java.time.Instant;
import org.concord.kernel.JsonWriter;

/**
 * Writes a {@link CandidateRecord} as the JSON file a candidate receives when they ask what
 * Concord holds about them: one document, every field named in English, times in UTC (ISO
 * 8601), missing values as {@code null}, so that it can be read by a person or by a program.
 */
final class CandidateJson {

    private CandidateJson() {
    }

    static String write(CandidateRecord record, Instant exportedAt) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("exportedAt").value(exportedAt.toString());
        json.name("candidate").beginObject()
                .name("id").value(record.id())
                .name("name").value(record.name())
                .name("email").value(record.email())
                .name("position").value(record.position())
                .name("recruiter").value(record.recruiter())
                .name("createdAt").value(text(record.createdAt()))
                .name("interviewers").beginArray();
        record.interviewers().forEach(json::value);
        json.endArray().endObject();
        json.name("consent").beginObject()
                .name("text").value(record.consentText())
                .name("givenAt").value(text(record.consentAt()))
                .name("retentionDays").value(record.retentionDays())
                .name("deletedAfter").value(record.deleteAfter().toString())
                .endObject();
        json.name("assessments").beginArray();
        record.assessments().forEach(a -> assessment(json, a));
        json.endArray();
        json.name("reports").beginArray();
        record.reports().forEach(r -> json.beginObject().name("title").value(r.title()).name("file").value(r.fileName())
                .name("generatedAt").value(text(r.generatedAt())).name("generatedBy").value(r.generatedBy()).endObject());
        json.endArray();
        json.name("auditTrail").beginArray();
        record.audit().forEach(e -> json.beginObject().name("at").value(text(e.at())).name("actor").value(e.actor())
                .name("action").value(e.action()).name("detail").value(e.detail()).endObject());
        json.endArray();
        return json.endObject().toString() + "\n";
    }

    private static void assessment(JsonWriter json, CandidateRecord.AssessmentPart a) {
        json.beginObject()
                .name("id").value(a.id())
                .name("kind").value(a.kind())
                .name("questionnaire").value(a.questionnaire())
                .name("title").value(a.title())
                .name("interviewer").value(a.rater())
                .name("progress").value(a.progress())
                .name("startedAt").value(text(a.startedAt()))
                .name("consentedAt").value(text(a.consentedAt()))
                .name("submittedAt").value(text(a.submittedAt()));
        json.name("answers").beginArray();
        for (CandidateRecord.AnswerPart answer : a.answers()) {
            json.beginObject().name("item").value(answer.item()).name("text").value(answer.text()).name("value");
            if (answer.value() == null) {
                json.nullValue();
            } else {
                json.value(answer.value().longValue());
            }
            json.name("note").value(answer.note()).endObject();
        }
        json.endArray();
        json.name("scaleScores").beginArray();
        for (CandidateRecord.ScorePart score : a.scores()) {
            json.beginObject().name("scale").value(score.scale()).name("name").value(score.name()).name("score");
            if (score.score() == null) {
                json.nullValue();
            } else {
                json.value(score.score().doubleValue());
            }
            json.name("answered").value(score.answered()).name("items").value(score.items()).endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
