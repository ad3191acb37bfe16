package se.inkasso.complaints.domain.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import se.inkasso.complaints.domain.identity.OcrReference;

/** Stores a payment reference as its digits (D22). */
@Converter
public class OcrReferenceConverter implements AttributeConverter<OcrReference, String> {

    @Override
    public String convertToDatabaseColumn(OcrReference reference) {
        return reference == null ? null : reference.value();
    }

    @Override
    public OcrReference convertToEntityAttribute(String value) {
        return value == null ? null : new OcrReference(value);
    }
}
