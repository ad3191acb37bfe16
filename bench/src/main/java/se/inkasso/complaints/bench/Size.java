package se.inkasso.complaints.bench;

/** How large an agency the data set is: the agency (#9) at scale 1. */
record Size(int creditors, int agents, int debtors, int claims, int cases) {

    static final Size AGENCY = new Size(200, 60, 300_000, 1_000_000, 200_000);

    /** The agency scaled down (or up), keeping at least one of each and a claim per debtor. */
    Size scaled(double scale) {
        int scaledDebtors = Math.max(1, (int) Math.round(debtors * scale));
        return new Size(Math.max(2, (int) Math.round(creditors * Math.min(1, scale * 10))),
                Math.max(2, (int) Math.round(agents * Math.min(1, scale * 10))), scaledDebtors,
                Math.max(scaledDebtors, (int) Math.round(claims * scale)), Math.max(1, (int) Math.round(cases * scale)));
    }
}
