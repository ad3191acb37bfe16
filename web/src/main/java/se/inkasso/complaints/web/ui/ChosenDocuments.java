package se.inkasso.complaints.web.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.inkasso.complaints.domain.InvalidFieldsException;
import se.inkasso.complaints.intake.boundary.Upload;

/**
 * The documents a debtor has chosen on a form so far (a filing, a message): each checked by its
 * content the moment it is chosen, so that the page refuses it at once, naming why.
 */
public class ChosenDocuments implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Upload> chosen = new ArrayList<>();

    /** @throws InvalidFieldsException when it is refused; nothing is added then */
    public void add(String fileName, byte[] content) {
        Upload upload = new Upload(fileName, content);
        Upload.checkBeside(chosen, upload);
        chosen.add(upload);
    }

    public void remove(int index) {
        if (index >= 0 && index < chosen.size()) {
            chosen.remove(index);
        }
    }

    public List<Upload> list() {
        return List.copyOf(chosen);
    }
}
