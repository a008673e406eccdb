package vn.langso.web.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.langso.sessions.boundary.CalendarChoice;

/**
 * The unit, team or facilitator the calendar is narrowed to, carried in the page as its fields, so that no lookup is
 * needed to show it again. The boundary checks it against the caller's area whenever it reads the calendar.
 */
@Named
@ApplicationScoped
public class CalendarChoiceConverter implements Converter<CalendarChoice> {

    @Override
    public CalendarChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] fields = value.split("\\|", 3);
        try {
            return new CalendarChoice(
                    CalendarChoice.Kind.valueOf(fields[0]),
                    Long.parseLong(fields[1]),
                    URLDecoder.decode(fields[2], StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CalendarChoice choice) {
        return choice == null
                ? ""
                : choice.kind() + "|" + choice.id() + "|" + URLEncoder.encode(choice.label(), StandardCharsets.UTF_8);
    }
}
