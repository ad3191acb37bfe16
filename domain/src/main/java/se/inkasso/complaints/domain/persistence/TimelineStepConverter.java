package se.inkasso.complaints.domain.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import se.inkasso.complaints.domain.model.TimelineStep;

/** A timeline step is stored by its code (the same text as before the steps were an enum). */
@Converter
public class TimelineStepConverter implements AttributeConverter<TimelineStep, String> {

    @Override
    public String convertToDatabaseColumn(TimelineStep step) {
        return step == null ? null : step.code();
    }

    @Override
    public TimelineStep convertToEntityAttribute(String code) {
        return code == null ? null : TimelineStep.ofCode(code);
    }
}
