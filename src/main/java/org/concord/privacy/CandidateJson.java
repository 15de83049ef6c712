package org.concord.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;

/**
 * Writes a {@link CandidateRecord} as the JSON file a candidate receives when they ask what
 * Concord holds about them: one indented document, every field named in English, times in UTC
 * (ISO 8601), missing values as {@code null}, so that it can be read by a person or by a program.
 */
final class CandidateJson {

    private CandidateJson() {
    }

    static String write(CandidateRecord record, Instant exportedAt) {
        JsonArrayBuilder assessments = Json.createArrayBuilder();
        record.assessments().forEach(a -> assessments.add(assessment(a)));
        JsonArrayBuilder reports = Json.createArrayBuilder();
        record.reports().forEach(r -> reports.add(Json.createObjectBuilder().add("title", text(r.title()))
                .add("file", text(r.fileName())).add("generatedAt", text(r.generatedAt())).add("generatedBy", text(r.generatedBy()))));
        JsonArrayBuilder audit = Json.createArrayBuilder();
        record.audit().forEach(e -> audit.add(Json.createObjectBuilder().add("at", text(e.at())).add("actor", text(e.actor()))
                .add("action", text(e.action())).add("detail", text(e.detail()))));
        JsonArrayBuilder interviewers = Json.createArrayBuilder();
        record.interviewers().forEach(i -> interviewers.add(text(i)));
        JsonObject json = Json.createObjectBuilder()
                .add("exportedAt", exportedAt.toString())
                .add("candidate", Json.createObjectBuilder()
                        .add("id", record.id())
                        .add("name", text(record.name()))
                        .add("email", text(record.email()))
                        .add("position", text(record.position()))
                        .add("recruiter", text(record.recruiter()))
                        .add("createdAt", text(record.createdAt()))
                        .add("interviewers", interviewers))
                .add("consent", Json.createObjectBuilder()
                        .add("text", text(record.consentText()))
                        .add("givenAt", text(record.consentAt()))
                        .add("retentionDays", record.retentionDays())
                        .add("deletedAfter", text(record.deleteAfter())))
                .add("decision", record.decision() == null ? JsonValue.NULL : Json.createObjectBuilder()
                        .add("decision", text(record.decision().decision()))
                        .add("reason", text(record.decision().reason()))
                        .add("decidedBy", text(record.decision().decidedBy()))
                        .add("decidedAt", text(record.decision().decidedAt())).build())
                .add("assessments", assessments)
                .add("reports", reports)
                .add("auditTrail", audit)
                .build();
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(json);
        }
        return out.toString().strip() + "\n";
    }

    private static JsonObjectBuilder assessment(CandidateRecord.AssessmentPart a) {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (CandidateRecord.AnswerPart answer : a.answers()) {
            answers.add(Json.createObjectBuilder().add("item", text(answer.item())).add("text", text(answer.text()))
                    .add("value", answer.value() == null ? JsonValue.NULL : Json.createValue(answer.value()))
                    .add("note", text(answer.note())));
        }
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (CandidateRecord.ScorePart score : a.scores()) {
            scores.add(Json.createObjectBuilder().add("scale", text(score.scale())).add("name", text(score.name()))
                    .add("score", score.score() == null || !Double.isFinite(score.score()) ? JsonValue.NULL : Json.createValue(score.score()))
                    .add("answered", score.answered()).add("items", score.items()));
        }
        return Json.createObjectBuilder()
                .add("id", a.id())
                .add("kind", text(a.kind()))
                .add("questionnaire", text(a.questionnaire()))
                .add("title", text(a.title()))
                .add("interviewer", text(a.rater()))
                .add("progress", text(a.progress()))
                .add("startedAt", text(a.startedAt()))
                .add("consentedAt", text(a.consentedAt()))
                .add("submittedAt", text(a.submittedAt()))
                .add("answers", answers)
                .add("scaleScores", scores);
    }

    /** {@code value} as a JSON string, or {@code null} when there is none. */
    private static JsonValue text(Object value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }
}
