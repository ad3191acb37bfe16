package se.inkasso.complaints.domain.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import se.inkasso.complaints.domain.identity.Personnummer;

/** Stores a personnummer as its 12 digits with century (D21). */
@Converter
public class PersonnummerConverter implements AttributeConverter<Personnummer, String> {

    @Override
    public String convertToDatabaseColumn(Personnummer personnummer) {
        return personnummer == null ? null : personnummer.digits();
    }

    @Override
    public Personnummer convertToEntityAttribute(String digits) {
        return digits == null ? null : Personnummer.parse(digits);
    }
}
