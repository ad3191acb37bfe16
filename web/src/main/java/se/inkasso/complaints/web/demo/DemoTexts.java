package se.inkasso.complaints.web.demo;

import se.inkasso.complaints.domain.model.Language;

/** What demo debtors write, in their own words, so the queue looks like a real one. */
final class DemoTexts {

    static final String RESOLUTION_NOTE = "Förklarade avgifterna i samtalet; gäldenären nöjd.";
    static final String CORRECTIVE_ACTION = "Mallen för betalningspåminnelse förtydligad.";

    /** The reasons of a demo final response, in the debtor's language. */
    static String responseReasons(Language language) {
        return language == Language.EN
                ? "We have gone through the case and the letters we sent. The reminder was sent on time and the"
                        + " amounts are correct, but our letter did not explain the fees clearly enough."
                : "Vi har gått igenom ärendet och de brev vi skickat. Påminnelsen skickades i tid och beloppen"
                        + " stämmer, men vårt brev förklarade inte avgifterna tillräckligt tydligt.";
    }

    /** Why a demo objection is not substantive (D7), in the debtor's language. */
    static String assessmentReason(Language language) {
        return language == Language.EN
                ? "You write that you cannot pay now, but not that the claim is wrong: collection goes on, and we"
                        + " can agree on a payment plan."
                : "Du skriver att du inte kan betala nu, men inte att kravet är fel: indrivningen fortsätter, och"
                        + " vi kan komma överens om en avbetalningsplan.";
    }

    /** The redress of a demo final response, in the debtor's language. */
    static String responseRedress(Language language) {
        return language == Language.EN ? "We have made the reminder letter clearer."
                : "Vi har gjort påminnelsebrevet tydligare.";
    }

    private static final String[] COMPLAINTS = {
        "Jag har ringt tre gånger utan att någon ringt tillbaka som utlovat.",
        "Handläggaren var otrevlig i telefon och avbröt mig hela tiden.",
        "Ni skickade brevet till min gamla adress fast jag anmält flytt.",
        "I got a reminder in Swedish although I asked for English letters.",
        "Min inbetalning syns inte på Mina sidor fast den gjordes för två veckor sedan.",
        "Jag fick ett sms som sa att jag skulle kontakta er – var det från er?",
    };
    private static final String[] OBJECTIONS = {
        "Jag har redan betalat fakturan, kvitto bifogas.",
        "Jag har aldrig beställt den här tjänsten.",
        "Beloppet stämmer inte, jag var bara skyldig hälften.",
        "The contract was signed by someone else using my name.",
        "Påminnelseavgiften ska inte tas ut eftersom jag betalade i tid.",
        "Jag bestrider hela kravet.",
    };

    private DemoTexts() {
    }

    static String description(boolean objection, int index) {
        String[] texts = objection ? OBJECTIONS : COMPLAINTS;
        return texts[index % texts.length];
    }

    static String remedy(boolean objection, int index) {
        if (index % 4 == 3) {
            return null;
        }
        return objection ? "Att kravet dras tillbaka." : "En ursäkt och att det inte händer igen.";
    }
}
