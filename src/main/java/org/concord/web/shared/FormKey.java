package org.concord.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key that makes a form's action safe to repeat (see {@code database.Submissions}): every
 * form that creates or changes something carries a random token made when the page was drawn
 * (a hidden field {@value #FIELD}, one per drawing), and a post's key is the hash of that token,
 * the action and the values the form sent. A double click or two posts at once of the same
 * drawing have the same key; a new drawing, or other values typed in the same one, a new key.
 */
@Named("formKey")
@RequestScoped
public class FormKey {

    static final String FIELD = "concord-form";
    private static final SecureRandom RANDOM = new SecureRandom();

    private String token;

    /** This drawing's token, the same for every form on the page. */
    public String getToken() {
        if (token == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        return token;
    }

    /** The key of this post of {@code action}; null when the form carried no token. */
    public static String of(String action) {
        Map<String, String[]> sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        String[] posted = sent.get(FIELD);
        if (posted == null || posted.length == 0 || posted[0].isBlank()) {
            return null;
        }
        Map<String, String[]> values = new TreeMap<>();
        sent.forEach((name, value) -> {
            if (!name.equals(FIELD) && !name.startsWith("jakarta.faces.") && !name.startsWith("primefaces.")) {
                values.put(name, value);
            }
        });
        StringBuilder text = new StringBuilder(posted[0]).append('\n').append(action);
        values.forEach((name, value) -> text.append('\n').append(name).append('=').append(String.join("\u0000", value)));
        try {
            byte[] sum = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sum);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
