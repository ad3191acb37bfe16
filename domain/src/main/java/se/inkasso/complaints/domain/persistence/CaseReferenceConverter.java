package se.inkasso.complaints.domain.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import se.inkasso.complaints.domain.identity.CaseReference;

/** Stores a case reference as its text. */
@Converter
public class CaseReferenceConverter implements AttributeConverter<CaseReference, String> {

    @Override
    public String convertToDatabaseColumn(CaseReference reference) {
        return reference == null ? null : reference.value();
    }

    @Override
    public CaseReference convertToEntityAttribute(String value) {
        return value == null ? null : new CaseReference(value);
    }
}
