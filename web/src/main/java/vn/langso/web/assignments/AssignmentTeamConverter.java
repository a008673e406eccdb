package vn.langso.web.assignments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.langso.learning.boundary.AssignmentTeam;

/**
 * The team picked in the assign form, carried in the page as its fields, so that no lookup is needed to show it
 * again. Only the id counts: the boundary checks the team when it assigns.
 */
@Named
@ApplicationScoped
public class AssignmentTeamConverter implements Converter<AssignmentTeam> {

    @Override
    public AssignmentTeam getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] fields = value.split("\\|", -1);
        try {
            return new AssignmentTeam(
                    Long.parseLong(fields[0]), decode(fields[1]), decode(fields[2]), decode(fields[3]));
        } catch (RuntimeException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, AssignmentTeam team) {
        if (team == null) {
            return "";
        }
        return team.id() + "|"
                + Stream.of(team.name(), team.unitCode(), team.unitName())
                        .map(field -> URLEncoder.encode(field == null ? "" : field, StandardCharsets.UTF_8))
                        .collect(Collectors.joining("|"));
    }

    private static String decode(String field) {
        return URLDecoder.decode(field, StandardCharsets.UTF_8);
    }
}
