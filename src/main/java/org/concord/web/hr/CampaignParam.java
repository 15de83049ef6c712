package org.concord.web.hr;

import jakarta.faces.context.FacesContext;

/** Reads a numeric id from the request's parameters (for example {@code ?id=52}); junk reads as none. */
final class CampaignParam {

    private CampaignParam() {
    }

    static Long id(FacesContext faces) {
        return number(faces, "id");
    }

    static Long number(FacesContext faces, String name) {
        String value = faces.getExternalContext().getRequestParameterMap().get(name);
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
