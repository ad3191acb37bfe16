package se.inkasso.complaints.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import se.inkasso.complaints.domain.repository.PreferenceRepository;

/**
 * What a staff member finds again at the next login: the queue's filters and the language they
 * chose. Saved when they change, restored at login into the session.
 */
@ApplicationScoped
public class StaffPreferences {

    static final String QUEUE = "queue.";
    static final String LANGUAGE = "language";

    @Inject
    PreferenceRepository preferences;

    @Transactional
    public void restore(String username, QueueFilters filters, LanguageSelection language) {
        Map<String, String> saved = preferences.of(username);
        filters.queue = saved.get(QUEUE + "queue");
        filters.type = saved.get(QUEUE + "type");
        filters.status = saved.get(QUEUE + "status");
        filters.handler = saved.get(QUEUE + "handler");
        filters.creditor = saved.containsKey(QUEUE + "creditor") ? Long.valueOf(saved.get(QUEUE + "creditor")) : null;
        filters.overdue = Boolean.parseBoolean(saved.get(QUEUE + "overdue"));
        if (saved.containsKey(LANGUAGE)) {
            language.choose(saved.get(LANGUAGE));
        }
    }

    @Transactional
    public void rememberQueue(String username, QueueFilters filters) {
        Map<String, String> values = new HashMap<>();
        values.put(QUEUE + "queue", filters.queue);
        values.put(QUEUE + "type", filters.type);
        values.put(QUEUE + "status", filters.status);
        values.put(QUEUE + "handler", filters.handler);
        values.put(QUEUE + "creditor", filters.creditor == null ? null : filters.creditor.toString());
        values.put(QUEUE + "overdue", filters.overdue ? "true" : null);
        preferences.replace(username, QUEUE, values);
    }

    @Transactional
    public void rememberLanguage(String username, String code) {
        preferences.replace(username, LANGUAGE, Map.of(LANGUAGE, code));
    }
}
